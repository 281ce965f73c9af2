using System.Runtime.Versioning;
using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.Samples;

/// <summary>
/// <c>MyProxy.Samples.Delegation demo</c> against the sandbox: alice's proxy by logon, the service on loopback with
/// the sandbox's host certificate, the whole DIRAC delegation flow as a full and as a limited proxy. The program
/// runs once; each test checks one thing it printed or stored.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class DelegationSampleTests
{
    private static readonly TimeSpan DemoTimeout = TimeSpan.FromMinutes(3);

    private string _home = null!;
    private string _store = null!;
    private ToolResult _demo = null!;
    private string[] _lines = [];

    [OneTimeSetUp]
    public async Task RunDemo()
    {
        _home = Directory.CreateTempSubdirectory("myproxy-sample-delegation-").FullName;
        _store = Path.Combine(_home, "store");
        _demo = await SampleBinary.RunAsync(SampleBinary.Delegation, Settings(_home, _store, Sandbox.Server.AliceCredential.Passphrase), DemoTimeout, "demo");
        _lines = SampleBinary.Lines(_demo.StandardOutput);
    }

    [OneTimeTearDown]
    public void DeleteHome() => Directory.Delete(_home, recursive: true);

    [Test]
    public void Demo_WholeFlow_ExitsZeroWithEveryAnswerAsExpected()
    {
        Assert.That(_demo.ExitCode, Is.Zero, _demo.Describe());
        Assert.That(_lines, Does.Contain("every answer was the expected one"), _demo.Describe());
    }

    [Test]
    public void Demo_NoClientCertificate_IsUnauthorized()
    {
        Assert.That(Line("[anonymous] GET /whoami"), Does.StartWith("[anonymous] GET /whoami -> 401 present your proxy as the TLS client certificate"));
    }

    [Test]
    public void Demo_FullProxy_GetsItsCredentialDictionary()
    {
        var whoami = Line("[full] GET /whoami");

        Assert.That(whoami, Does.StartWith("[full] GET /whoami -> 200 "));
        Assert.That(whoami, Does.Contain($"\"identity\":\"{Sandbox.Server.AliceCredential.OwnerSubject}\""));
        Assert.That(whoami, Does.Contain("\"isProxy\":true,\"isLimitedProxy\":false,\"group\":\"dirac_user\""));
    }

    [Test]
    public void Demo_FullProxy_DelegatesAFullProxyAndSubmits()
    {
        Assert.That(Line("[full] PUT /delegations/"), Does.Contain("-> 201 ").And.Contain("\"isLimitedProxy\":false"));
        Assert.That(Line("[full] POST /jobs"), Does.StartWith("[full] POST /jobs -> 202 "));
    }

    [Test]
    public void Demo_LimitedProxy_IsRefusedOnSubmit()
    {
        Assert.That(Line("[limited] GET /whoami"), Does.StartWith("[limited] GET /whoami -> 200 ").And.Contain("\"isLimitedProxy\":true"));
        Assert.That(Line("[limited] POST /jobs"), Is.EqualTo("[limited] POST /jobs -> 403 a limited proxy may not submit jobs; connect with a full proxy"));
    }

    [Test]
    public void Demo_LimitedProxy_DelegatesOnlyLimitedProxies()
    {
        var uploads = _lines.Where(line => line.StartsWith("[limited] PUT /delegations/", StringComparison.Ordinal)).ToList();

        Assert.That(uploads, Has.Count.EqualTo(2), _demo.Describe());
        Assert.That(uploads[0], Does.Contain("-> 201 ").And.Contain("\"isLimitedProxy\":true"));
        Assert.That(uploads[1], Does.EndWith("-> 403 a limited proxy may delegate only limited proxies, not one of policy Independent"));
    }

    [Test]
    public async Task Demo_StoredProxies_AreValidForGridProxyInfoOneFullOneLimited()
    {
        var files = Directory.GetFiles(_store, "*.pem");
        Assert.That(files, Has.Length.EqualTo(2), _demo.Describe());

        var types = new List<string>();
        foreach (var file in files)
        {
            Assert.That(File.GetUnixFileMode(file), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
            var info = await ExternalTool.RunAsync(
                "grid-proxy-info", ["-file", file, "-type", "-e"], new Dictionary<string, string> { ["X509_CERT_DIR"] = Sandbox.Server.CertificateDirectory });
            Assert.That(info.ExitCode, Is.Zero, info.Describe());
            types.Add(info.StandardOutput.Trim());
        }

        Assert.That(types, Is.EquivalentTo(new[] { "RFC 3820 compliant impersonation proxy", "RFC 3820 compliant limited proxy" }));
    }

    [Test]
    public async Task Demo_WrongPassphrase_ExitsNonZeroWithOneLine()
    {
        var home = Directory.CreateTempSubdirectory("myproxy-sample-delegation-").FullName;
        try
        {
            var result = await SampleBinary.RunAsync(SampleBinary.Delegation, Settings(home, Path.Combine(home, "store"), "not-alices-passphrase"), DemoTimeout, "demo");

            Assert.That(result.ExitCode, Is.Not.Zero, result.Describe());
            var errors = SampleBinary.Lines(result.StandardError);
            Assert.That(errors, Has.Length.EqualTo(1), result.Describe());
            Assert.That(errors[0], Does.Contain("invalid credential passphrase"));
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    private static Dictionary<string, string> Settings(string home, string store, string passphrase)
    {
        var server = Sandbox.Server;
        var settings = SampleBinary.AliceLogon(home, passphrase);
        settings["Delegation__HostCert"] = server.HostCertificatePath;
        settings["Delegation__HostKey"] = server.HostKeyPath;
        settings["Delegation__CACertDir"] = server.CertificateDirectory;
        settings["Delegation__StoreDirectory"] = store;
        return settings;
    }

    private string Line(string prefix) =>
        _lines.FirstOrDefault(line => line.StartsWith(prefix, StringComparison.Ordinal)) ?? $"(no line starts with {prefix}; {_demo.Describe()})";
}
