namespace MyProxy.IntegrationTests.Fixture;

/// <summary>What an external program did: its exit code and everything it printed.</summary>
internal sealed record ToolResult(int ExitCode, string StandardOutput, string StandardError)
{
    public string Describe() => $"exit code {ExitCode}; stdout: {StandardOutput.Trim()}; stderr: {StandardError.Trim()}";
}
