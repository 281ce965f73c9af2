using System.Runtime.Versioning;

namespace MyProxy.IntegrationTests.Samples;

/// <summary><c>MyProxy.Samples.Fips</c> against the sandbox: a valid proxy, and BouncyCastle never loaded on the way.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class FipsSampleTests
{
    private string _home = null!;

    [SetUp]
    public void CreateHome() => _home = Directory.CreateTempSubdirectory("myproxy-sample-fips-").FullName;

    [TearDown]
    public void DeleteHome() => Directory.Delete(_home, recursive: true);

    [Test]
    public async Task Run_RightPassphrase_WritesAProxyGridProxyInfoAcceptsWithoutLoadingBouncyCastle()
    {
        var output = Path.Combine(_home, "alice.proxy");

        var result = await SampleBinary.RunAsync(SampleBinary.Fips, _home, output, Sandbox.Server.AliceCredential.Passphrase, "--once");

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(SampleBinary.Lines(result.StandardOutput), Does.Contain("BouncyCastle.Cryptography was not loaded: no BouncyCastle code ran."));
        Assert.That(File.GetUnixFileMode(output), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        var info = await SampleBinary.GridProxyInfoAsync(output);
        Assert.That(info.ExitCode, Is.Zero, info.Describe());
    }

    [Test]
    public async Task Run_WrongPassphrase_ExitsNonZeroWithOneLineAndWritesNothing()
    {
        var output = Path.Combine(_home, "alice.proxy");

        var result = await SampleBinary.RunAsync(SampleBinary.Fips, _home, output, "not-alices-passphrase");

        Assert.That(result.ExitCode, Is.Not.Zero, result.Describe());
        var lines = SampleBinary.Lines(result.StandardError);
        Assert.That(lines, Has.Length.EqualTo(1), result.Describe());
        Assert.That(lines[0], Does.Contain("invalid credential passphrase"));
        Assert.That(File.Exists(output), Is.False);
    }
}
