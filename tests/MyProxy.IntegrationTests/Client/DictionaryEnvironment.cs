using MyProxy.Client.Configuration;

namespace MyProxy.IntegrationTests.Client;

/// <summary>An environment with only the variables a test sets, so the machine's own X509_* and MYPROXY_* never leak in.</summary>
internal sealed class DictionaryEnvironment(IReadOnlyDictionary<string, string> variables) : IEnvironmentReader
{
    public string? GetVariable(string name) => variables.TryGetValue(name, out var value) ? value : null;
}
