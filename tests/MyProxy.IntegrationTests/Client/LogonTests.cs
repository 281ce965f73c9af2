using System.Security.Cryptography;
using MyProxy.Client;
using MyProxy.Client.Operations;
using MyProxy.Crypto;
using MyProxy.Crypto.Keys;
using MyProxy.Crypto.Requests;
using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.Client;

/// <summary>Logon variants against the sandbox: refusals, the online CA, caller keys and requests, trust roots, proxy files.</summary>
public sealed class LogonTests
{
    private static LogonRequest Alice(string? passphrase = null) => new()
    {
        Username = Sandbox.Server.AliceCredential.Username,
        Passphrase = passphrase ?? Sandbox.Server.AliceCredential.Passphrase,
        Lifetime = TimeSpan.FromHours(1),
        Key = KeySpecification.EcP256,
    };

    [Test]
    public async Task LogonAsync_WrongPassphrase_ThrowsTheServerErrorsVerbatimInPhaseAuthorize()
    {
        using var sandbox = ClientSandbox.Create();

        var exception = await Assert.ThrowsAsync<MyProxyServerException>(() => sandbox.Client.LogonAsync(Alice("not-the-passphrase")));

        Assert.That(exception!.Phase, Is.EqualTo(MyProxyPhase.Authorize));
        Assert.That(exception.ServerErrors, Is.EqualTo(new[] { "Bad password", "invalid credential passphrase" }));
    }

    [Test]
    public async Task LogonAsync_UnknownUser_ThrowsInPhaseAuthorize()
    {
        using var sandbox = ClientSandbox.Create();

        var exception = await Assert.ThrowsAsync<MyProxyServerException>(() => sandbox.Client.LogonAsync(Alice() with { Username = "nobody-here" }));

        Assert.That(exception!.Phase, Is.EqualTo(MyProxyPhase.Authorize));
        Assert.That(exception.ServerErrors, Is.Not.Empty);
    }

    [Test]
    public async Task LogonAsync_OnlineCAAccount_ReturnsAnEndEntityCertificateForTheMappedSubject()
    {
        Assume.That(Sandbox.Server.OnlineCAAvailable, Is.True, "the sandbox has no online CA (needs root for PAM)");
        using var sandbox = ClientSandbox.Create();
        var carol = Sandbox.Server.Carol;

        var result = await sandbox.Client.LogonAsync(new LogonRequest { Username = carol.Username, Passphrase = carol.Password, Key = KeySpecification.Rsa(2048) });
        using var credential = result.Credential!;

        Assert.That(result.IsProxy, Is.False);
        Assert.That(SandboxTrust.OpenSslName(credential.Certificate.SubjectName), Is.EqualTo(carol.Subject));
    }

    [Test]
    public async Task LogonAsync_OnlineCAWrongPassword_ThrowsInPhaseAuthorize()
    {
        Assume.That(Sandbox.Server.OnlineCAAvailable, Is.True, "the sandbox has no online CA (needs root for PAM)");
        using var sandbox = ClientSandbox.Create();

        var exception = await Assert.ThrowsAsync<MyProxyServerException>(() =>
            sandbox.Client.LogonAsync(new LogonRequest { Username = Sandbox.Server.Dave.Username, Passphrase = "wrong-password" }));

        Assert.That(exception!.Phase, Is.EqualTo(MyProxyPhase.Authorize));
    }

    [Test]
    public async Task LogonAsync_CallerCertificateRequest_ReturnsTheChainWithoutKey()
    {
        using var sandbox = ClientSandbox.Create();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var csr = CryptoProviders.For(CryptoBackend.System).CreateCertificateRequest(key, new CertificateRequestOptions());

        var result = await sandbox.Client.LogonAsync(Alice() with { CertificateRequest = csr });

        Assert.That(result.Credential, Is.Null);
        Assert.That(result.Chain[0].PublicKey.GetECDsaPublicKey()!.ExportSubjectPublicKeyInfo(), Is.EqualTo(key.ExportSubjectPublicKeyInfo()));
    }

    [Test]
    public async Task LogonAsync_CallerKey_CertifiesThatKey()
    {
        using var sandbox = ClientSandbox.Create();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        var result = await sandbox.Client.LogonAsync(Alice() with { PrivateKey = key });
        using var credential = result.Credential!;

        Assert.That(credential.Certificate.PublicKey.GetECDsaPublicKey()!.ExportSubjectPublicKeyInfo(), Is.EqualTo(key.ExportSubjectPublicKeyInfo()));
    }

    [Test]
    public async Task LogonAsync_WantTrustRoots_InstallsTheServersCAInTheConfiguredDirectory()
    {
        var scratch = Directory.CreateTempSubdirectory("myproxy-client-roots-").FullName;
        try
        {
            var directory = ClientSandbox.CopyOfTrustDirectory(scratch);
            using var sandbox = ClientSandbox.Create(settings: new Dictionary<string, string?> { ["MyProxy:CACertDir"] = directory });

            var result = await sandbox.Client.LogonAsync(Alice() with { WantTrustRoots = true });
            result.Credential?.Dispose();

            Assert.That(result.TrustRoots!.Directory, Is.EqualTo(directory));
            Assert.That(result.TrustRoots.InstalledPaths.Select(Path.GetFileName), Is.SupersetOf(Directory.EnumerateFiles(Sandbox.Server.CertificateDirectory).Select(Path.GetFileName)));
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task ProxyFilesWrite_LogonCredential_GridProxyInfoReadsAlicesIdentity()
    {
        using var sandbox = ClientSandbox.Create();
        var result = await sandbox.Client.LogonAsync(Alice() with { Key = KeySpecification.Rsa(2048) });
        using var credential = result.Credential!;
        var path = Path.Combine(sandbox.Home, "proxy.pem");

        ProxyFiles.Write(credential, CryptoProviders.For(CryptoBackend.System), path);
        var info = await ExternalTool.RunAsync("grid-proxy-info", ["-file", path, "-identity"], new Dictionary<string, string> { ["X509_CERT_DIR"] = Sandbox.Server.CertificateDirectory });

        Assert.That(info.StandardOutput.Trim(), Is.EqualTo(Sandbox.Server.AliceCredential.OwnerSubject), info.Describe());
        Assert.That(File.GetUnixFileMode(path), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    [Test]
    public void LogonAsync_Cancelled_ThrowsOperationCanceled()
    {
        using var sandbox = ClientSandbox.Create();
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.That(async () => await sandbox.Client.LogonAsync(Alice(), cancellation.Token), Throws.InstanceOf<OperationCanceledException>());
    }
}
