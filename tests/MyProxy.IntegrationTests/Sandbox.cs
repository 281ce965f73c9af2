using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests;

/// <summary>
/// Starts one sandbox myproxy-server (scripts/sandbox.sh) for the whole assembly and stops it afterwards.
/// A server that cannot start fails every test; only on a developer machine without the MyProxy packages
/// (and not in CI) are the tests skipped instead.
/// </summary>
[SetUpFixture]
public sealed class Sandbox
{
    private static SandboxServer? _server;
    private static string? _directory;

    /// <summary>The running sandbox server.</summary>
    public static SandboxServer Server =>
        _server ?? throw new InvalidOperationException("The sandbox server is not running; is the test outside MyProxy.IntegrationTests?");

    private static bool InContinuousIntegration =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        if (ExternalTool.Find("myproxy-server") is null && !InContinuousIntegration)
        {
            Assert.Ignore("myproxy-server is not installed; run scripts/install-deps.sh (or scripts/test.sh) to run the integration tests.");
        }

        var directory = System.IO.Directory.CreateTempSubdirectory("myproxy-sandbox-").FullName;
        _directory = directory;
        var script = new SandboxScript(RepositoryRoot.OfTestAssembly());
        _server = await script.StartAsync(directory);
        await TestContext.Progress.WriteLineAsync($"sandbox myproxy-server on {_server.Address}:{_server.Port} in {directory}");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        var directory = _directory;
        _server = null;
        _directory = null;
        if (directory is null)
        {
            return;
        }

        try
        {
            await new SandboxScript(RepositoryRoot.OfTestAssembly()).StopAsync(directory);
        }
        finally
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }
    }
}
