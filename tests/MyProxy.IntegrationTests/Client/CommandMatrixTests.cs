using MyProxy.Client.Operations;
using MyProxy.Crypto;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Keys;

namespace MyProxy.IntegrationTests.Client;

/// <summary>
/// The credential-authenticated commands on both transports and both crypto backends. SslStream cannot present a
/// proxy on Linux, so its runs authenticate with bob's end-entity certificate and BouncyCastle's with alice's proxy.
/// </summary>
[TestFixture("sslstream", "system")]
[TestFixture("sslstream", "bouncycastle")]
[TestFixture("bouncycastle", "system")]
[TestFixture("bouncycastle", "bouncycastle")]
public sealed class CommandMatrixTests(string transport, string crypto)
{
    private const string Passphrase = "matrix-test-passphrase";

    private ICryptoProvider Crypto => CryptoProviders.For(crypto == "system" ? CryptoBackend.System : CryptoBackend.BouncyCastle);

    private X509Credential ClientCredential() => transport == "sslstream"
        ? CredentialFile.ReadCertificateAndKey(Sandbox.Server.Bob.CertificatePath, Sandbox.Server.Bob.KeyPath, Crypto, Sandbox.Server.Bob.KeyPassphrase)
        : CredentialFile.ReadProxy(Sandbox.Server.AliceProxyPath, Crypto);

    private ClientSandbox NewClient() => ClientSandbox.Create(transport, crypto);

    private static async Task<string> PutAsync(ClientSandbox sandbox, X509Credential client, string prefix)
    {
        var username = ClientSandbox.UniqueUsername(prefix);
        await sandbox.Client.PutAsync(new PutRequest { Username = username, Passphrase = Passphrase, ClientCredential = client });
        return username;
    }

    [Test]
    public async Task PutAsync_ThenLogonAsync_ReturnsAProxyOfTheDelegator()
    {
        using var sandbox = NewClient();
        using var client = ClientCredential();
        var username = ClientSandbox.UniqueUsername("mput");

        await sandbox.Client.PutAsync(new PutRequest { Username = username, Passphrase = Passphrase, ClientCredential = client });
        var logon = await sandbox.Client.LogonAsync(new LogonRequest { Username = username, Passphrase = Passphrase, Key = KeySpecification.EcP256 });
        using var credential = logon.Credential!;

        Assert.That(credential.Chain.Select(c => c.Subject), Does.Contain(client.Chain[^1].Subject));
    }

    [Test]
    public async Task StoreAsync_ThenRetrieveAsync_ReturnsTheStoredCertificate()
    {
        using var sandbox = NewClient();
        using var client = ClientCredential();
        var username = ClientSandbox.UniqueUsername("mstore");
        var alice = Sandbox.Server.Alice;

        await sandbox.Client.StoreAsync(StoreRequest.FromFiles(username, alice.CertificatePath, alice.KeyPath) with { ClientCredential = client });
        var retrieved = await sandbox.Client.RetrieveAsync(new RetrieveRequest { Username = username, Passphrase = alice.KeyPassphrase });
        using var credential = retrieved.Credential;

        Assert.That(credential.Certificate.Subject, Does.Contain("Alice Example"));
    }

    [Test]
    public async Task InfoAsync_AfterPut_ListsTheCredentialOwnedByTheClient()
    {
        using var sandbox = NewClient();
        using var client = ClientCredential();
        var username = await PutAsync(sandbox, client, "minfo");

        var info = await sandbox.Client.InfoAsync(new InfoRequest { Username = username, ClientCredential = client });

        Assert.That(info.Credentials.Single().Owner, Does.EndWith(transport == "sslstream" ? "CN=Bob Example" : "CN=Alice Example"));
    }

    [Test]
    public async Task DestroyAsync_AfterPut_LeavesNothingForInfo()
    {
        using var sandbox = NewClient();
        using var client = ClientCredential();
        var username = await PutAsync(sandbox, client, "mdestroy");

        await sandbox.Client.DestroyAsync(new DestroyRequest { Username = username, ClientCredential = client });

        Assert.That(() => sandbox.Client.InfoAsync(new InfoRequest { Username = username, ClientCredential = client }), Throws.InstanceOf<MyProxyServerException>());
    }
}
