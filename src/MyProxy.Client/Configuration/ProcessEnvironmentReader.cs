namespace MyProxy.Client.Configuration;

/// <summary>The process environment.</summary>
public sealed class ProcessEnvironmentReader : IEnvironmentReader
{
    /// <summary>The one instance.</summary>
    public static ProcessEnvironmentReader Instance { get; } = new();

    /// <inheritdoc/>
    public string? GetVariable(string name) => Environment.GetEnvironmentVariable(name);
}
