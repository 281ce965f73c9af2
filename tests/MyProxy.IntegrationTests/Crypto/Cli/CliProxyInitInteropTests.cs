using System.Runtime.Versioning;
using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.Crypto.Cli;

/// <summary>
/// <c>myproxy proxy init</c>, the built binary, with every format and policy on both backends, judged by the real
/// tools: <c>grid-proxy-info</c> must type the file as it typed grid-proxy-init's same recipe, and
/// <c>openssl verify -allow_proxy_certs</c> must accept the RFC ones.
/// </summary>
[TestFixture("system")]
[TestFixture("bouncycastle")]
[Platform(Exclude = "Win")]
[UnsupportedOSPlatform("windows")]
public sealed class CliProxyInitInteropTests(string backend)
{
    private string _home = null!;

    [SetUp]
    public void CreateHome() => _home = Directory.CreateTempSubdirectory("myproxy-cli-init-").FullName;

    [TearDown]
    public void DeleteHome() => Directory.Delete(_home, recursive: true);

    // The grid-proxy-init vector of the same recipe names the type grid-proxy-info gave it.
    [TestCase("rfc", null, "rfc")]
    [TestCase("rfc", "--limited", "rfc-limited")]
    [TestCase("rfc", "--independent", "rfc-independent")]
    [TestCase("draft", null, "draft")]
    [TestCase("draft", "--limited", "draft-limited")]
    [TestCase("draft", "--independent", "draft-independent")]
    [TestCase("legacy", null, "legacy")]
    [TestCase("legacy", "--limited", "legacy-limited")]
    public async Task Init_FormatAndPolicy_GridProxyInfoTypesItAsGridProxyInitsOwn(string format, string? policy, string vector)
    {
        var path = await InitAsync(format, policy);

        var type = await ExternalTool.RunAsync("grid-proxy-info", ["-file", path, "-type"]);
        var exists = await ExternalTool.RunAsync("grid-proxy-info", ["-file", path, "-e", "-valid", "0:59"]);

        Assert.That(type.StandardOutput.Trim(), Is.EqualTo(GridProxyVectors.Named(vector).Info.Type), type.Describe());
        Assert.That(exists.ExitCode, Is.Zero, exists.Describe());
        Assert.That(File.GetUnixFileMode(path), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    [TestCase(null)]
    [TestCase("--limited")]
    [TestCase("--independent")]
    public async Task Init_RfcProxy_IsAcceptedByOpenSslVerify(string? policy)
    {
        var path = await InitAsync("rfc", policy);
        var (leaf, chain) = CliProxyFiles.Split(path);

        var result = await ExternalTool.RunAsync("openssl",
            ["verify", "-allow_proxy_certs", "-CApath", GridProxyVectors.TrustDirectory, "-untrusted", chain, leaf]);

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
    }

    [Test]
    public async Task Init_LegacyIndependent_IsRefusedAsGridProxyInitRefusesIt()
    {
        var path = Path.Combine(_home, "proxy");

        var result = await MyProxyBinary.RunAsync(Arguments(path, "legacy", "--independent"), _home, GridProxyVectors.PassPhrase + "\n");

        Assert.That(GridProxyVectors.Refusals.Select(refusal => refusal.Name), Does.Contain("legacy-independent"));
        Assert.That(result.ExitCode, Is.EqualTo(1), result.Describe());
        Assert.That(File.Exists(path), Is.False);
    }

    [Test]
    public async Task Init_WrongPassphrase_FailsOnOneLineAndWritesNothing()
    {
        var path = Path.Combine(_home, "proxy");

        var result = await MyProxyBinary.RunAsync(Arguments(path, "rfc", null), _home, "not the pass phrase\n");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Describe());
        Assert.That(result.StandardError.TrimEnd().Split('\n'), Has.Length.EqualTo(1), result.Describe());
        Assert.That(result.StandardOutput + result.StandardError, Does.Not.Contain("not the pass phrase"));
        Assert.That(File.Exists(path), Is.False);
    }

    [Test]
    public async Task Init_WrongPassphrase_LeavesTheExistingProxyUntouched()
    {
        var path = Path.Combine(_home, "proxy");
        var original = await File.ReadAllBytesAsync(GridProxyVectors.Named("rfc").Path);
        await File.WriteAllBytesAsync(path, original);

        await MyProxyBinary.RunAsync(Arguments(path, "rfc", null), _home, "not the pass phrase\n");

        Assert.That(await File.ReadAllBytesAsync(path), Is.EqualTo(original));
    }

    private async Task<string> InitAsync(string format, string? policy)
    {
        var path = Path.Combine(_home, $"proxy-{format}{policy}");
        var result = await MyProxyBinary.RunAsync(Arguments(path, format, policy), _home, GridProxyVectors.PassPhrase + "\n");
        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        return path;
    }

    private string[] Arguments(string path, string format, string? policy) =>
    [
        "proxy", "init", "-S", "-q", "--valid", "1:00", "--format", format, "--crypto", backend, "-o", path,
        "--cert", GridProxyVectors.UserCertificatePath, "--key", GridProxyVectors.UserKeyPath,
        .. policy is null ? Array.Empty<string>() : [policy],
    ];
}
