using System.Runtime.Versioning;

namespace MyProxy.IntegrationTests.Samples;

/// <summary><c>MyProxy.Samples.WorkerHost --once</c> against the sandbox: the proxy it writes, and a refusal.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class WorkerHostSampleTests
{
    private string _home = null!;

    [SetUp]
    public void CreateHome() => _home = Directory.CreateTempSubdirectory("myproxy-sample-worker-").FullName;

    [TearDown]
    public void DeleteHome() => Directory.Delete(_home, recursive: true);

    [Test]
    public async Task Once_RightPassphrase_WritesAProxyFileOwnerOnlyThatGridProxyInfoAccepts()
    {
        var output = Path.Combine(_home, "alice.proxy");

        var result = await SampleBinary.RunAsync(SampleBinary.WorkerHost, _home, output, Sandbox.Server.AliceCredential.Passphrase, "--once");

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(File.GetUnixFileMode(output), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        var info = await SampleBinary.GridProxyInfoAsync(output);
        Assert.That(info.ExitCode, Is.Zero, info.Describe());
    }

    [Test]
    public async Task Once_WrongPassphrase_ExitsNonZeroWithOneLineNamingTheServerErrorAndWritesNothing()
    {
        var output = Path.Combine(_home, "alice.proxy");

        var result = await SampleBinary.RunAsync(SampleBinary.WorkerHost, _home, output, "not-alices-passphrase", "--once");

        Assert.That(result.ExitCode, Is.Not.Zero, result.Describe());
        var lines = SampleBinary.Lines(result.StandardError);
        Assert.That(lines, Has.Length.EqualTo(1), result.Describe());
        Assert.That(lines[0], Does.Contain("invalid credential passphrase").And.Not.Contain("not-alices-passphrase"));
        Assert.That(File.Exists(output), Is.False);
    }

    [Test]
    public async Task Once_NoUsername_ExitsNonZeroNamingTheSettingBeforeConnecting()
    {
        var output = Path.Combine(_home, "alice.proxy");

        var result = await SampleBinary.RunAsync(SampleBinary.WorkerHost, _home, output, string.Empty, "--once");

        Assert.That(result.ExitCode, Is.Not.Zero, result.Describe());
        Assert.That(result.StandardError, Does.Contain("MyProxy:Passphrase is not set"));
        Assert.That(File.Exists(output), Is.False);
    }
}
