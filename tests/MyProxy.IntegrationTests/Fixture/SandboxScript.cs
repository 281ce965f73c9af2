namespace MyProxy.IntegrationTests.Fixture;

/// <summary>Drives scripts/sandbox.sh, the one place that knows how to build the test PKI and start the server.</summary>
internal sealed class SandboxScript
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    private readonly string _scriptPath;

    public SandboxScript(string repositoryRoot)
    {
        _scriptPath = Path.Combine(repositoryRoot, "scripts", "sandbox.sh");
    }

    public async Task<SandboxServer> StartAsync(string directory, CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(["start", directory], StartTimeout, cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/sandbox.sh start failed ({result.Describe()}).");
        }

        return SandboxServer.FromEnvironment(SandboxEnvironmentFile.Read(directory));
    }

    public async Task StopAsync(string directory, CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(["stop", directory], ExternalTool.DefaultTimeout, cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/sandbox.sh stop failed ({result.Describe()}).");
        }
    }

    // Through bash, so a checkout that lost the executable bit still works.
    private Task<ToolResult> RunAsync(string[] arguments, TimeSpan timeout, CancellationToken cancellationToken) =>
        ExternalTool.RunAsync("bash", [_scriptPath, .. arguments], timeout: timeout, cancellationToken: cancellationToken);
}
