using MyProxy.Client.Operations;
using MyProxy.Crypto;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Keys;

namespace MyProxy.IntegrationTests.Client;

/// <summary>
/// Retrieval without a passphrase: renewal (bob, a renewer, answers the server's certificate challenge with alice's
/// proxy) and trusted retrieval (bob's certificate alone). The sandbox allows every DN as a renewer server-wide
/// (<c>authorized_renewers "*"</c>, <c>default_renewers "none"</c>), so each credential names its renewers itself.
/// </summary>
public sealed class RenewalTests
{
    private static X509Credential Bob() => CredentialFile.ReadCertificateAndKey(
        Sandbox.Server.Bob.CertificatePath, Sandbox.Server.Bob.KeyPath, CryptoProviders.For(CryptoBackend.System), Sandbox.Server.Bob.KeyPassphrase);

    private static X509Credential AliceProxy() => CredentialFile.ReadProxy(Sandbox.Server.AliceProxyPath, CryptoProviders.For(CryptoBackend.System));

    [Test]
    public async Task LogonAsync_RenewerWithTheExpiringProxy_AnswersTheChallengeAndGetsANewProxy()
    {
        using var sandbox = ClientSandbox.Create();
        var username = ClientSandbox.UniqueUsername("renew");
        await sandbox.Client.PutAsync(new PutRequest { Username = username, Policies = new CredentialPolicies { Renewers = "Bob Example" } });
        using var bob = Bob();
        using var alice = AliceProxy();

        var logon = await sandbox.Client.LogonAsync(new LogonRequest { Username = username, ClientCredential = bob, RenewalCredential = alice, Key = KeySpecification.EcP256 });
        using var credential = logon.Credential!;

        Assert.That(credential.Certificate.Subject, Does.Contain("Alice Example"));
    }

    [Test]
    public async Task LogonAsync_RenewalChallengeWithoutRenewalCredential_ThrowsInPhaseAuthorize()
    {
        using var sandbox = ClientSandbox.Create();
        var username = ClientSandbox.UniqueUsername("renew");
        await sandbox.Client.PutAsync(new PutRequest { Username = username, Policies = new CredentialPolicies { Renewers = "Bob Example" } });
        using var bob = Bob();

        var exception = await Assert.ThrowsAsync<MyProxyException>(() =>
            sandbox.Client.LogonAsync(new LogonRequest { Username = username, ClientCredential = bob, Key = KeySpecification.EcP256 }));

        Assert.That(exception!.Phase, Is.EqualTo(MyProxyPhase.Authorize));
        Assert.That(exception.Message, Does.Contain("RenewalCredential"));
    }

    [Test]
    public async Task LogonAsync_TrustedRetrieverWithoutPassphrase_GetsAProxy()
    {
        using var sandbox = ClientSandbox.Create();
        var username = ClientSandbox.UniqueUsername("trusted");
        await sandbox.Client.PutAsync(new PutRequest { Username = username, Policies = new CredentialPolicies { TrustedRetrievers = "Bob Example" } });
        using var bob = Bob();

        var logon = await sandbox.Client.LogonAsync(new LogonRequest { Username = username, ClientCredential = bob, Key = KeySpecification.EcP256 });
        using var credential = logon.Credential!;

        Assert.That(credential.Certificate.Subject, Does.Contain("Alice Example"));
    }
}
