using MyProxy.Client.Operations;
using MyProxy.Crypto.Credentials;

namespace MyProxy.IntegrationTests.Client;

/// <summary>STORE and RETRIEVE through the library, cross-checked with myproxy-store, myproxy-retrieve and myproxy-logon.</summary>
public sealed class StoreRetrieveTests
{
    private static string KeyPassphrase => Sandbox.Server.Alice.KeyPassphrase;

    private static StoreRequest AliceCertificate(string username) =>
        StoreRequest.FromFiles(username, Sandbox.Server.Alice.CertificatePath, Sandbox.Server.Alice.KeyPath);

    [Test]
    public async Task StoreAsync_AliceCertificate_MyProxyRetrieveGetsIt()
    {
        using var sandbox = ClientSandbox.Create();
        var username = ClientSandbox.UniqueUsername("store");
        await sandbox.Client.StoreAsync(AliceCertificate(username));
        var certificate = Path.Combine(sandbox.Home, "r.cert");
        var key = Path.Combine(sandbox.Home, "r.key");

        var retrieve = await CTools.RunAsync("myproxy-retrieve", ["-l", username, "-S", "-c", certificate, "-y", key], sandbox.Home, KeyPassphrase + "\n");

        Assert.That(retrieve.ExitCode, Is.Zero, retrieve.Describe());
        using var expected = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificateFromFile(Sandbox.Server.Alice.CertificatePath);
        using var retrieved = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificateFromFile(certificate);
        Assert.That(retrieved.Thumbprint, Is.EqualTo(expected.Thumbprint));
    }

    [Test]
    public async Task StoreAsync_AliceCertificate_MyProxyLogonGetsAProxy()
    {
        using var sandbox = ClientSandbox.Create();
        var username = ClientSandbox.UniqueUsername("store");
        await sandbox.Client.StoreAsync(AliceCertificate(username));

        var (logon, _) = await CTools.LogonAsync(sandbox.Home, username, KeyPassphrase);

        Assert.That(logon.ExitCode, Is.Zero, logon.Describe());
    }

    [Test]
    public async Task RetrieveAsync_StoredByUs_ReturnsTheCertificateWithItsKeyDecrypted()
    {
        using var sandbox = ClientSandbox.Create();
        var username = ClientSandbox.UniqueUsername("store");
        await sandbox.Client.StoreAsync(AliceCertificate(username) with { Policies = new CredentialPolicies { Description = "stored by the test" } });

        var result = await sandbox.Client.RetrieveAsync(new RetrieveRequest { Username = username, Passphrase = KeyPassphrase });
        using var credential = result.Credential;

        Assert.That(KeyMatching.Matches(credential.Certificate, credential.PrivateKey), Is.True);
        Assert.That(credential.Certificate.Subject, Does.Contain("Alice Example"));
    }

    [Test]
    public async Task RetrieveAsync_StoredByMyProxyStore_ReturnsTheCredential()
    {
        using var sandbox = ClientSandbox.Create();
        var username = ClientSandbox.UniqueUsername("cstore");
        var store = await CTools.RunAsync("myproxy-store", ["-l", username, "-c", Sandbox.Server.Alice.CertificatePath, "-y", Sandbox.Server.Alice.KeyPath], sandbox.Home, withAliceProxy: true);
        Assert.That(store.ExitCode, Is.Zero, store.Describe());

        var result = await sandbox.Client.RetrieveAsync(new RetrieveRequest { Username = username, Passphrase = KeyPassphrase });
        using var credential = result.Credential;

        Assert.That(credential.Certificate.Subject, Does.Contain("Alice Example"));
    }

    [Test]
    public async Task LogonAsync_StoredByMyProxyStore_ReturnsAnRfc3820Proxy()
    {
        using var sandbox = ClientSandbox.Create();
        var username = ClientSandbox.UniqueUsername("cstore");
        var store = await CTools.RunAsync("myproxy-store", ["-l", username, "-c", Sandbox.Server.Alice.CertificatePath, "-y", Sandbox.Server.Alice.KeyPath], sandbox.Home, withAliceProxy: true);
        Assert.That(store.ExitCode, Is.Zero, store.Describe());

        var logon = await sandbox.Client.LogonAsync(new LogonRequest { Username = username, Passphrase = KeyPassphrase });
        using var credential = logon.Credential!;

        Assert.That(MyProxy.Crypto.Proxies.ProxyCertificateClassifier.Classify(credential.Certificate).Format, Is.EqualTo(MyProxy.Crypto.Proxies.ProxyCertificateFormat.Rfc3820));
    }

    [Test]
    public async Task RetrieveAsync_WrongPassphrase_ThrowsInPhaseAuthorize()
    {
        using var sandbox = ClientSandbox.Create();
        var username = ClientSandbox.UniqueUsername("store");
        await sandbox.Client.StoreAsync(AliceCertificate(username));

        var exception = await Assert.ThrowsAsync<MyProxyServerException>(() =>
            sandbox.Client.RetrieveAsync(new RetrieveRequest { Username = username, Passphrase = "not-the-passphrase" }));

        Assert.That(exception!.Phase, Is.EqualTo(MyProxyPhase.Authorize));
    }
}
