namespace MyProxy.IntegrationTests.Crypto;

/// <summary>A proxy <c>grid-proxy-init</c> was asked for and refused to make.</summary>
/// <param name="Name">The vector name it would have had.</param>
/// <param name="Recipe">The options it was given.</param>
/// <param name="ExitCode">Its exit code (non-zero).</param>
/// <param name="Output">What it printed (stdout then stderr, trimmed).</param>
public sealed record RefusedProxy(string Name, string Recipe, int ExitCode, string Output);
