using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.Cli;

/// <summary>The built <c>myproxy get-trustroots</c> against the sandbox, beside the C <c>myproxy-get-trustroots</c>, for both transports.</summary>
[TestFixture("sslstream")]
[TestFixture("bouncycastle")]
public sealed class GetTrustRootsCliTests(string transport)
{
    private string _root = string.Empty;

    private string Certificates => Path.Combine(_root, "certificates");

    [SetUp]
    public void CreateRoot()
    {
        _root = Directory.CreateTempSubdirectory("myproxy-cli-trust-").FullName;
        Directory.CreateDirectory(Path.Combine(_root, "home"));
    }

    [TearDown]
    public void DeleteRoot() => Directory.Delete(_root, recursive: true);

    private Dictionary<string, string> Environment(string? serverDN = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["X509_CERT_DIR"] = Certificates,
            ["HOME"] = Path.Combine(_root, "home"),
            ["X509_USER_PROXY"] = Path.Combine(_root, "no-such-proxy"),
        };
        if (serverDN is not null)
        {
            environment["MYPROXY_SERVER_DN"] = serverDN;
        }

        return environment;
    }

    private Task<ToolResult> RunOursAsync(IEnumerable<string> extra, string? serverDN = null) => MyProxyBinary.RunAsync(
        ["get-trustroots", "-s", Sandbox.Server.Host, "-p", Sandbox.Server.Port.ToString(CultureInfo.InvariantCulture), "--transport", transport, .. extra],
        Environment(serverDN));

    private void TrustTheSandbox()
    {
        Directory.CreateDirectory(Certificates);
        foreach (var file in Directory.EnumerateFiles(Sandbox.Server.CertificateDirectory))
        {
            File.Copy(file, Path.Combine(Certificates, Path.GetFileName(file)));
        }
    }

    private string[] Entries() => Directory.Exists(Certificates) ? [.. Directory.EnumerateFileSystemEntries(Certificates).Select(Path.GetFileName).Order()!] : [];

    [Test]
    public async Task GetTrustRoots_TrustedServer_PrintsTheCToolsLine()
    {
        TrustTheSandbox();
        var theirs = await ExternalTool.RunAsync(
            "myproxy-get-trustroots", ["-s", Sandbox.Server.Host, "-p", Sandbox.Server.Port.ToString(CultureInfo.InvariantCulture)], Environment());

        var ours = await RunOursAsync([]);

        Assert.That(theirs.ExitCode, Is.Zero, theirs.Describe());
        Assert.That((ours.ExitCode, ours.StandardOutput), Is.EqualTo((0, theirs.StandardOutput)), ours.Describe());
        Assert.That(ours.StandardOutput, Is.EqualTo($"Trust roots have been installed in {Certificates}/.\n"));
    }

    [Test]
    public async Task GetTrustRoots_Quiet_PrintsNothing()
    {
        TrustTheSandbox();

        var ours = await RunOursAsync(["-q"]);

        Assert.That((ours.ExitCode, ours.StandardOutput, ours.StandardError), Is.EqualTo((0, string.Empty, string.Empty)), ours.Describe());
    }

    [Test]
    public async Task GetTrustRoots_BootstrapIntoAnEmptyDirectory_FillsItAndNamesTheCA()
    {
        Directory.CreateDirectory(Certificates);
        using var ca = Sandbox.Server.LoadCACertificate();
        var fingerprint = string.Join(':', Convert.ToHexString(SHA256.HashData(ca.RawData)).Chunk(2).Select(pair => new string(pair)));

        var ours = await RunOursAsync(["-b"]);

        Assert.That(ours.ExitCode, Is.Zero, ours.Describe());
        Assert.That(ours.StandardError, Does.Contain($"New trusted CA: {Sandbox.Server.CASubject}").And.Contain(fingerprint));
        Assert.That(Entries(), Has.Some.EndsWith(".0").And.Some.EndsWith(".signing_policy").And.Some.EqualTo("myproxy-install-log"));
    }

    [Test]
    public async Task CLogon_AfterOurBootstrap_WorksWithoutBootstrap()
    {
        Directory.CreateDirectory(Certificates);
        var bootstrap = await RunOursAsync(["-b", "-q"]);
        Assert.That(bootstrap.ExitCode, Is.Zero, bootstrap.Describe());
        var environment = Environment();
        environment["MYPROXY_SERVER"] = Sandbox.Server.Host;
        environment["MYPROXY_SERVER_PORT"] = Sandbox.Server.Port.ToString(CultureInfo.InvariantCulture);

        var logon = await ExternalTool.RunAsync(
            "myproxy-logon", ["-S", "-l", Sandbox.Server.AliceCredential.Username, "-o", Path.Combine(_root, "proxy.pem")],
            environment, Sandbox.Server.AliceCredential.Passphrase + "\n");

        Assert.That(logon.ExitCode, Is.Zero, logon.Describe());
    }

    [Test]
    public async Task GetTrustRoots_UntrustedServerWithoutBootstrap_FailsInOneLineMentioningBootstrapAndWritesNothing()
    {
        Directory.CreateDirectory(Certificates);

        var ours = await RunOursAsync([]);

        Assert.That((ours.ExitCode, ours.StandardOutput), Is.EqualTo((1, string.Empty)), ours.Describe());
        Assert.That(ours.StandardError.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1));
        Assert.That(ours.StandardError, Does.StartWith("myproxy: ").And.Contain("re-run with -b"));
        Assert.That(Entries(), Is.Empty);
    }

    [Test]
    public async Task GetTrustRoots_WrongServerDN_FailsShowingThePresentedDNAndHowToPinItAndWritesNothing()
    {
        TrustTheSandbox();
        var before = Entries();

        var ours = await RunOursAsync([], serverDN: "/DC=org/DC=example/CN=host/otherhost");

        Assert.That(ours.ExitCode, Is.EqualTo(1), ours.Describe());
        Assert.That(ours.StandardError, Does.Contain($"presented {Sandbox.Server.ServerSubject}").And.Contain($"MYPROXY_SERVER_DN=\"{Sandbox.Server.ServerSubject}\""));
        Assert.That(Entries(), Is.EqualTo(before));
    }

    [Test]
    public async Task GetTrustRoots_Json_ListsTheInstalledFiles()
    {
        TrustTheSandbox();

        var ours = await RunOursAsync(["--json"]);

        Assert.That(ours.ExitCode, Is.Zero, ours.Describe());
        using var document = JsonDocument.Parse(ours.StandardOutput);
        Assert.That(document.RootElement.GetProperty("directory").GetString(), Is.EqualTo(Certificates));
        Assert.That(document.RootElement.GetProperty("installed").EnumerateArray().Select(item => Path.GetFileName(item.GetString())), Has.Some.EndsWith(".0"));
        Assert.That(document.RootElement.GetProperty("bootstrappedCa").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }
}
