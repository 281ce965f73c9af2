using MyProxy.Cli.Tests.Support;

namespace MyProxy.Cli.Tests.Commands.Proxy;

public sealed class ProxyDestroyCommandTests
{
    private CliRun _run = null!;

    [SetUp]
    public void CreateRun() => _run = new CliRun();

    [TearDown]
    public void DisposeRun() => _run.Dispose();

    [Test]
    public async Task Destroy_DefaultProxy_RemovesIt()
    {
        await _run.InitAsync();

        var exitCode = await _run.RunAsync("proxy", "destroy");

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(File.Exists(_run.ProxyPath), Is.False);
    }

    [Test]
    public async Task Destroy_MissingNamedFile_SucceedsSilentlyLikeGridProxyDestroy()
    {
        var exitCode = await _run.RunAsync("proxy", "destroy", "-f", _run.File("none"));

        Assert.That((exitCode, _run.Output, _run.Error), Is.EqualTo((ExitCodes.Success, string.Empty, string.Empty)));
    }

    [Test]
    public async Task Destroy_MissingDefaultProxy_FailsLikeGridProxyDestroy()
    {
        var exitCode = await _run.RunAsync("proxy", "destroy");

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Failure));
        Assert.That(_run.Error, Does.Contain(_run.ProxyPath));
    }

    [Test]
    public async Task Destroy_DryRun_KeepsTheFile()
    {
        await _run.InitAsync();

        await _run.RunAsync("proxy", "destroy", "-dryrun");

        Assert.That(_run.Output, Is.EqualTo($"Would remove {_run.ProxyPath}{Environment.NewLine}"));
        Assert.That(File.Exists(_run.ProxyPath), Is.True);
    }
}
