using MyProxy.Client.Configuration;

namespace MyProxy.Cli;

/// <summary>Hands the client the variables the command line sees (<see cref="CliEnvironment.Variables"/>), so tests control both.</summary>
internal sealed class VariablesEnvironmentReader(Func<string, string?> variables) : IEnvironmentReader
{
    public string? GetVariable(string name) => variables(name);
}
