namespace MyProxy.Client.Configuration;

/// <summary>Reads environment variables; a seam so that hosts and tests control what the client sees.</summary>
public interface IEnvironmentReader
{
    /// <summary>The value of a variable.</summary>
    /// <param name="name">The variable's name.</param>
    /// <returns>The value, or <see langword="null"/> when it is not set.</returns>
    string? GetVariable(string name);
}
