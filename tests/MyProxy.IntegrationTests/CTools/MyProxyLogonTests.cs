using System.Globalization;
using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.CTools;

/// <summary>The real C client against the sandbox: proves the fixture end to end and is the yardstick for ours.</summary>
public sealed class MyProxyLogonTests
{
    private string _home = null!;
    private string _proxyPath = null!;

    [SetUp]
    public void CreateHome()
    {
        _home = Directory.CreateTempSubdirectory("myproxy-ctools-").FullName;
        _proxyPath = Path.Combine(_home, "proxy.pem");
    }

    [TearDown]
    public void DeleteHome() => Directory.Delete(_home, recursive: true);

    [Test]
    public async Task MyProxyLogon_AliceCredential_Succeeds()
    {
        var result = await LogonAsync(Sandbox.Server.AliceCredential.Passphrase, hours: 2);

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        Assert.That(result.StandardOutput, Does.Contain($"A credential has been received for user alice in {_proxyPath}."));
    }

    [Test]
    public async Task GridProxyInfo_ProxyFromMyProxyLogon_ShowsAliceAsIdentity()
    {
        var logon = await LogonAsync(Sandbox.Server.AliceCredential.Passphrase, hours: 2);
        Assert.That(logon.ExitCode, Is.Zero, logon.Describe());

        var info = await ExternalTool.RunAsync("grid-proxy-info", ["-file", _proxyPath, "-identity"], Environment());

        Assert.That(info.ExitCode, Is.Zero, info.Describe());
        Assert.That(info.StandardOutput.Trim(), Is.EqualTo(Sandbox.Server.AliceCredential.OwnerSubject));
    }

    [Test]
    public async Task GridProxyInfo_ProxyFromMyProxyLogon_HasTheRequestedLifetime()
    {
        var logon = await LogonAsync(Sandbox.Server.AliceCredential.Passphrase, hours: 2);
        Assert.That(logon.ExitCode, Is.Zero, logon.Describe());

        var info = await ExternalTool.RunAsync("grid-proxy-info", ["-file", _proxyPath, "-timeleft"], Environment());

        Assert.That(info.ExitCode, Is.Zero, info.Describe());
        var secondsLeft = int.Parse(info.StandardOutput.Trim(), CultureInfo.InvariantCulture);
        Assert.That(secondsLeft, Is.InRange(2 * 3600 - 120, 2 * 3600));
    }

    [Test]
    public async Task GridProxyInfo_ProxyFromMyProxyLogon_IsAnRfc3820Proxy()
    {
        var logon = await LogonAsync(Sandbox.Server.AliceCredential.Passphrase, hours: 2);
        Assert.That(logon.ExitCode, Is.Zero, logon.Describe());

        var info = await ExternalTool.RunAsync("grid-proxy-info", ["-file", _proxyPath, "-type"], Environment());

        Assert.That(info.StandardOutput.Trim(), Is.EqualTo("RFC 3820 compliant impersonation proxy"));
    }

    [Test]
    public async Task MyProxyLogon_WrongPassphrase_FailsWithTheServerError()
    {
        var result = await LogonAsync("not-the-passphrase", hours: 2);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.StandardError, Does.Contain("invalid credential passphrase"));
        Assert.That(File.Exists(_proxyPath), Is.False);
    }

    private Task<ToolResult> LogonAsync(string passphrase, int hours) => ExternalTool.RunAsync(
        "myproxy-logon",
        ["-l", Sandbox.Server.AliceCredential.Username, "-S", "-t", hours.ToString(CultureInfo.InvariantCulture), "-o", _proxyPath],
        Environment(),
        standardInput: passphrase + "\n");

    private IReadOnlyDictionary<string, string> Environment() => CToolEnvironment.For(Sandbox.Server, _home);

    [Test]
    public async Task MyProxyLogon_OnlineCAAccount_ReceivesACertificateForTheMappedSubject()
    {
        Assume.That(Sandbox.Server.OnlineCAAvailable, Is.True, "the sandbox has no online CA (needs root for PAM)");
        var carol = Sandbox.Server.Carol;
        var logon = await ExternalTool.RunAsync("myproxy-logon", ["-l", carol.Username, "-S", "-o", _proxyPath], Environment(), carol.Password + "\n");
        Assert.That(logon.ExitCode, Is.Zero, logon.Describe());

        var subject = await ExternalTool.RunAsync("openssl", ["x509", "-in", _proxyPath, "-noout", "-subject", "-nameopt", "compat"]);

        Assert.That(subject.StandardOutput.Trim(), Is.EqualTo($"subject={carol.Subject}"));
    }
}
