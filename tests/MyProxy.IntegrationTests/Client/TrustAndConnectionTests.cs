using MyProxy.Client.Operations;

namespace MyProxy.IntegrationTests.Client;

/// <summary>GET_TRUSTROOTS, first-contact bootstrap, and how connection and server-authentication failures are reported.</summary>
public sealed class TrustAndConnectionTests
{
    private string _scratch = null!;

    [SetUp]
    public void CreateScratch() => _scratch = Directory.CreateTempSubdirectory("myproxy-client-trust-").FullName;

    [TearDown]
    public void DeleteScratch() => Directory.Delete(_scratch, recursive: true);

    [Test]
    public async Task GetTrustRootsAsync_VerifiedServer_InstallsEveryFileAndTheLog()
    {
        var directory = ClientSandbox.CopyOfTrustDirectory(_scratch);
        using var sandbox = ClientSandbox.Create(settings: new Dictionary<string, string?> { ["MyProxy:CACertDir"] = directory });

        var result = await sandbox.Client.GetTrustRootsAsync();

        Assert.That(result.Files.Select(f => f.FileName), Is.EquivalentTo(Directory.EnumerateFiles(Sandbox.Server.CertificateDirectory).Select(Path.GetFileName)));
        Assert.That(File.Exists(Path.Combine(directory, "myproxy-install-log")), Is.True);
        Assert.That(result.BootstrappedAuthority, Is.Null);
    }

    [Test]
    public async Task GetTrustRootsAsync_InstallFalse_WritesNothing()
    {
        var directory = ClientSandbox.CopyOfTrustDirectory(_scratch);
        using var sandbox = ClientSandbox.Create(settings: new Dictionary<string, string?> { ["MyProxy:CACertDir"] = directory });

        var result = await sandbox.Client.GetTrustRootsAsync(new GetTrustRootsRequest { Install = false });

        Assert.That(result.Installed, Is.Null);
        Assert.That(File.Exists(Path.Combine(directory, "myproxy-install-log")), Is.False);
    }

    [Test]
    public async Task GetTrustRootsAsync_BootstrapIntoEmptyDirectory_TrustsTheIssuingCAAndLogonThenVerifies()
    {
        var directory = Path.Combine(_scratch, "empty");
        using var sandbox = ClientSandbox.Create(settings: new Dictionary<string, string?> { ["MyProxy:CACertDir"] = directory });

        var roots = await sandbox.Client.GetTrustRootsAsync(new GetTrustRootsRequest { Bootstrap = true });
        var alice = Sandbox.Server.AliceCredential;
        var logon = await sandbox.Client.LogonAsync(new LogonRequest { Username = alice.Username, Passphrase = alice.Passphrase, Key = MyProxy.Crypto.Keys.KeySpecification.EcP256 });
        logon.Credential?.Dispose();

        Assert.That(roots.BootstrappedAuthority!.Subject, Is.EqualTo(Sandbox.Server.CASubject));
        Assert.That(logon.Chain, Is.Not.Empty);
    }

    [Test]
    public async Task GetTrustRootsAsync_EmptyDirectoryWithoutBootstrap_ThrowsValidationInPhaseAuthenticateServer()
    {
        var directory = Directory.CreateDirectory(Path.Combine(_scratch, "empty")).FullName;
        using var sandbox = ClientSandbox.Create(settings: new Dictionary<string, string?> { ["MyProxy:CACertDir"] = directory });

        var exception = await Assert.ThrowsAsync<MyProxyValidationException>(() => sandbox.Client.GetTrustRootsAsync());

        Assert.That(exception!.Phase, Is.EqualTo(MyProxyPhase.AuthenticateServer));
        Assert.That(Directory.EnumerateFiles(directory), Is.Empty);
    }

    [Test]
    public async Task LogonAsync_WrongServerDN_ThrowsIdentityInPhaseAuthenticateServer()
    {
        using var sandbox = ClientSandbox.Create(settings: new Dictionary<string, string?> { ["MyProxy:ServerDN"] = "/DC=org/DC=example/CN=host/elsewhere" });
        var alice = Sandbox.Server.AliceCredential;

        var exception = await Assert.ThrowsAsync<MyProxyServerIdentityException>(() =>
            sandbox.Client.LogonAsync(new LogonRequest { Username = alice.Username, Passphrase = alice.Passphrase }));

        Assert.That(exception!.Phase, Is.EqualTo(MyProxyPhase.AuthenticateServer));
    }

    [Test]
    public async Task LogonAsync_NoServerListening_ThrowsConnectInPhaseConnect()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var sandbox = ClientSandbox.Create(settings: new Dictionary<string, string?> { ["MyProxy:Host"] = $"127.0.0.1:{port}" });

        var exception = await Assert.ThrowsAsync<MyProxyConnectException>(() =>
            sandbox.Client.LogonAsync(new LogonRequest { Username = "alice", Passphrase = "whatever-passphrase" }));

        Assert.That(exception!.Phase, Is.EqualTo(MyProxyPhase.Connect));
    }

    [Test]
    public async Task LogonAsync_HostListWithDeadFirstServer_FailsOverToTheSandbox()
    {
        using var sandbox = ClientSandbox.Create(settings: new Dictionary<string, string?> { ["MyProxy:Host"] = $"127.0.0.1:1,{Sandbox.Server.Host}:{Sandbox.Server.Port}" });
        var alice = Sandbox.Server.AliceCredential;

        var logon = await sandbox.Client.LogonAsync(new LogonRequest { Username = alice.Username, Passphrase = alice.Passphrase, Key = MyProxy.Crypto.Keys.KeySpecification.EcP256 });
        logon.Credential?.Dispose();

        Assert.That(logon.Endpoint.Port, Is.EqualTo(Sandbox.Server.Port));
    }
}
