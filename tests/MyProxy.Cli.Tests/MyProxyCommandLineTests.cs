namespace MyProxy.Cli.Tests;

public sealed class MyProxyCommandLineTests
{
    private StringWriter _output = null!;
    private StringWriter _error = null!;

    [SetUp]
    public void CreateWriters()
    {
        _output = new StringWriter();
        _error = new StringWriter();
    }

    [TearDown]
    public void DisposeWriters()
    {
        _output.Dispose();
        _error.Dispose();
    }

    [Test]
    public async Task RunAsync_Version_PrintsVersionLineAndSucceeds()
    {
        var exitCode = await MyProxyCommandLine.RunAsync(["--version"], _output, _error);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(_output.ToString(), Does.StartWith("myproxy version ").And.Contain("MYPROXYv2"));
    }

    [Test]
    public async Task RunAsync_Help_PrintsUsageAndSucceeds()
    {
        var exitCode = await MyProxyCommandLine.RunAsync(["--help"], _output, _error);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(_output.ToString(), Does.Contain("Usage:").And.Contain("--version").And.Contain("--debug"));
    }

    [Test]
    public async Task RunAsync_UnknownOption_ReturnsUsageErrorAndNamesTheOption()
    {
        var exitCode = await MyProxyCommandLine.RunAsync(["--no-such-option"], _output, _error);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(_error.ToString(), Does.Contain("--no-such-option"));
    }

    [Test]
    public async Task RunAsync_ProxyHelp_ListsTheProxyCommands()
    {
        var exitCode = await MyProxyCommandLine.RunAsync(["proxy", "--help"], _output, _error);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(_output.ToString(), Does.Contain("init").And.Contain("info").And.Contain("verify").And.Contain("destroy"));
    }

    [Test]
    public void VersionLine_Always_HasNoBuildMetadata()
    {
        Assert.That(MyProxyCommandLine.VersionLine, Does.Not.Contain("+"));
    }
}
