using MyProxy.Client.Configuration;

namespace MyProxy.Client.Tests.Support;

/// <summary>An environment holding only what a test puts in it.</summary>
internal sealed class FakeEnvironment : IEnvironmentReader
{
    private readonly Dictionary<string, string> _variables = new(StringComparer.Ordinal);

    public FakeEnvironment Set(string name, string value)
    {
        _variables[name] = value;
        return this;
    }

    public string? GetVariable(string name) => _variables.GetValueOrDefault(name);
}
