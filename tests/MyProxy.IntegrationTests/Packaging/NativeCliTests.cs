using MyProxy.IntegrationTests.Cli;
using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.Packaging;

/// <summary>
/// scripts/publish.sh gives a NativeAOT <c>myproxy</c> that really works: it publishes without a trim or AOT
/// warning, and its logons (RSA and EC) write proxies that grid-proxy-info and openssl accept. The publish takes
/// a minute or two, so it runs once per fixture; MYPROXY_NATIVE_BIN names an already published binary instead.
/// </summary>
public sealed class NativeCliTests
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(15);

    private string _work = null!;
    private string _binary = null!;
    private ToolResult? _publish;

    [OneTimeSetUp]
    public async Task PublishAsync()
    {
        _work = Directory.CreateTempSubdirectory("myproxy-native-").FullName;
        if (Environment.GetEnvironmentVariable("MYPROXY_NATIVE_BIN") is { Length: > 0 } given)
        {
            _binary = given;
            return;
        }

        var output = Path.Combine(_work, "publish");
        var script = Path.Combine(RepositoryRoot.OfTestAssembly(), "scripts", "publish.sh");
        _publish = await ExternalTool.RunAsync("bash", [script, "--output", output], timeout: PublishTimeout);
        _binary = Path.Combine(output, "myproxy");
    }

    [OneTimeTearDown]
    public void DeleteWork() => Directory.Delete(_work, recursive: true);

    [Test]
    public void Publish_Cli_SucceedsWithoutWarnings()
    {
        if (_publish is null)
        {
            Assert.Ignore("MYPROXY_NATIVE_BIN names a published binary; nothing was published");
        }

        Assert.That(_publish.ExitCode, Is.Zero, _publish.Describe());
    }

    [Test]
    public async Task Logon_NativeBinary_WritesAProxyGridProxyInfoShowsAsAlices()
    {
        using var tools = new CliVersusCTools();
        var proxy = await LogonAsync(tools, "rsa");

        var identity = await tools.CToolAsync("grid-proxy-info", ["-file", proxy, "-identity"]);

        Assert.That(identity.StandardOutput.Trim(), Is.EqualTo(CliVersusCTools.Server.AliceCredential.OwnerSubject), identity.Describe());
    }

    // grid-proxy-info cannot read EC keys (Globus knows only RSA), so openssl checks both kinds.
    [TestCase("rsa", "Private-Key: (2048 bit")]
    [TestCase("ec", "Private-Key: (256 bit")]
    public async Task Logon_NativeBinary_WritesAProxyOpenSslVerifiesWithTheAskedKey(string keyType, string keyText)
    {
        using var tools = new CliVersusCTools();
        var proxy = await LogonAsync(tools, keyType);

        var verify = await tools.CToolAsync("openssl", ["verify", "-allow_proxy_certs", "-CApath", CliVersusCTools.Server.CertificateDirectory, "-untrusted", proxy, proxy]);
        var key = await tools.CToolAsync("openssl", ["pkey", "-in", proxy, "-noout", "-text"]);

        Assert.Multiple(() =>
        {
            Assert.That(verify.ExitCode, Is.Zero, verify.Describe());
            Assert.That(key.StandardOutput, Does.StartWith(keyText), key.Describe());
        });
    }

    [Test]
    public async Task Logon_WrongPassphrase_ExitsNonZeroWithTheServersError()
    {
        using var tools = new CliVersusCTools();

        var logon = await RunAsync(tools, ["logon", "-S", "-l", "alice", "-t", "1", "-o", tools.File("native.pem")], "not-the-pass-phrase\n");

        Assert.Multiple(() =>
        {
            Assert.That(logon.ExitCode, Is.Not.Zero);
            Assert.That(logon.StandardError, Does.Contain("ERROR from myproxy-server"));
            Assert.That(logon.StandardError, Does.Not.Contain("   at "), "no stack trace");
        });
    }

    private async Task<string> LogonAsync(CliVersusCTools tools, string keyType)
    {
        var proxy = tools.File("native.pem");
        var logon = await RunAsync(tools, ["logon", "-S", "-l", "alice", "-t", "1", "--key-type", keyType, "-o", proxy],
            CliVersusCTools.Server.AliceCredential.Passphrase + "\n");
        Assert.That(logon.ExitCode, Is.Zero, logon.Describe());
        return proxy;
    }

    private Task<ToolResult> RunAsync(CliVersusCTools tools, IEnumerable<string> arguments, string standardInput)
    {
        if (_publish is { ExitCode: not 0 })
        {
            Assert.Fail($"scripts/publish.sh failed: {_publish.Describe()}");
        }

        return ExternalTool.RunAsync(_binary, arguments, tools.Environment, standardInput);
    }
}
