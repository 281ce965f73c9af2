using MyProxy.Protocol.Requests;
using MyProxy.Transport;
using MyProxy.Transport.Trust;

namespace MyProxy.IntegrationTests.Transport;

/// <summary>Trust bootstrap (<c>-b</c>) into an empty directory, then an ordinary verified connection, for both transports.</summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.All))]
public sealed class BootstrapTests(IMyProxyTransport transport)
{
    private string _directory = string.Empty;

    [SetUp]
    public void CreateDirectory() => _directory = Path.Combine(Directory.CreateTempSubdirectory("myproxy-trust-").FullName, "certificates");

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(Path.GetDirectoryName(_directory)!, recursive: true);

    [Test]
    public async Task Bootstrap_EmptyDirectory_ReportsTheSandboxCA()
    {
        using var ca = Sandbox.Server.LoadCACertificate();
        var reported = new List<BootstrapTrustAnchor>();

        await BootstrapAsync(reported.Add);

        Assert.That(reported.Select(anchor => anchor.Subject), Is.EqualTo(new[] { Sandbox.Server.CASubject }));
        Assert.That(reported[0].Sha256Fingerprint.Replace(":", string.Empty, StringComparison.Ordinal), Is.EqualTo(ca.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256)));
    }

    [Test]
    public async Task Bootstrap_EmptyDirectory_InstallsTheServersTrustRootsAndLog()
    {
        await BootstrapAsync(_ => { });

        var names = Directory.EnumerateFiles(_directory).Select(Path.GetFileName);
        Assert.That(names, Has.Some.EndsWith(".0").And.Some.EndsWith(".signing_policy").And.Some.EqualTo(TrustRootInstaller.LogFileName));
    }

    [Test]
    public async Task Connect_AfterBootstrap_VerifiesAgainstTheInstalledDirectory()
    {
        await BootstrapAsync(_ => { });
        var options = TransportSandbox.Options() with { ServerChainValidator = ServerChainValidation.FromDirectory(_directory, TransportSandbox.Crypto) };

        await using var connection = await transport.ConnectAsync(TransportSandbox.Endpoint, options, CancellationToken.None);
        var response = await TransportSandbox.ExchangeAsync(connection, MyProxyRequest.GetTrustRoots());

        Assert.That(response.IsError, Is.False);
    }

    [Test]
    public async Task CLogon_AfterBootstrap_AcceptsTheInstalledDirectory()
    {
        await BootstrapAsync(_ => { });
        var environment = new Dictionary<string, string>
        {
            ["X509_CERT_DIR"] = _directory,
            ["MYPROXY_SERVER"] = Sandbox.Server.Host,
            ["MYPROXY_SERVER_PORT"] = Sandbox.Server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var output = Path.Combine(Path.GetDirectoryName(_directory)!, "proxy.pem");

        var result = await Fixture.ExternalTool.RunAsync(
            "myproxy-logon", ["-S", "-l", Sandbox.Server.AliceCredential.Username, "-o", output], environment, Sandbox.Server.AliceCredential.Passphrase + "\n");

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
    }

    private async Task BootstrapAsync(Action<BootstrapTrustAnchor> onTrusted)
    {
        var options = TransportSandbox.Options() with { ServerChainValidator = new TrustBootstrap(onTrusted) };
        await using var connection = await transport.ConnectAsync(TransportSandbox.Endpoint, options, CancellationToken.None);
        var response = await TransportSandbox.ExchangeAsync(connection, MyProxyRequest.GetTrustRoots());
        response.ThrowIfError();
        new TrustRootInstaller().Install(_directory, response.TrustRoots!);
    }
}
