using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Tests.Support;

namespace MyProxy.Crypto.Tests.Contract;

[TestFixtureSource(typeof(Backends), nameof(Backends.All))]
public class CredentialPemContractTests(ICryptoProvider crypto)
{
    private TestChain _chain = null!;

    [OneTimeSetUp]
    public void CreateChain() => _chain = TestChain.Create();

    [OneTimeTearDown]
    public void DisposeChain() => _chain.Dispose();

    // grid-proxy-info accepts all six orders of {proxy certificate, key, user certificate} (A.9).
    [TestCase("PKU")]
    [TestCase("PUK")]
    [TestCase("KPU")]
    [TestCase("KUP")]
    [TestCase("UPK")]
    [TestCase("UKP")]
    public void Read_AnyOrder_PutsTheKeysCertificateFirstAndKeepsTheRest(string order)
    {
        var pem = string.Concat(order.Select(part => part switch
        {
            'P' => TestChain.Pem(_chain.Proxy),
            'U' => TestChain.Pem(_chain.User),
            _ => TestChain.Pem(_chain.ProxyKey),
        }));

        using var credential = CredentialPem.Read(pem, crypto, default);

        Assert.That(Thumbprints(credential.Chain), Is.EqualTo(Thumbprints([_chain.Proxy, _chain.User])));
        Assert.That(SameKey.Public(credential.PrivateKey, _chain.ProxyKey), Is.True);
    }

    [Test]
    public void Read_LeafInTheMiddle_KeepsTheOrderOfTheOthers()
    {
        var pem = TestChain.Pem(_chain.Ca) + TestChain.Pem(_chain.Proxy) + TestChain.Pem(_chain.User) + TestChain.Pem(_chain.ProxyKey);

        using var credential = CredentialPem.Read(pem, crypto, default);

        Assert.That(Thumbprints(credential.Chain), Is.EqualTo(Thumbprints([_chain.Proxy, _chain.Ca, _chain.User])));
    }

    [Test]
    public void Read_KeyMatchesNoCertificate_SaysSoNamingTheSource()
    {
        var pem = TestChain.Pem(_chain.User) + TestChain.Pem(_chain.ProxyKey) + TestChain.Pem(_chain.Ca);

        var exception = Assert.Throws<MyProxyCryptoException>(() => CredentialPem.Read(pem, crypto, default, "/tmp/x509up_u1"));

        Assert.That(exception.Message, Is.EqualTo("the private key does not match any certificate in /tmp/x509up_u1."));
    }

    [Test]
    public void Read_NoCertificate_SaysSo()
    {
        var exception = Assert.Throws<MyProxyCryptoException>(() => CredentialPem.Read(TestChain.Pem(_chain.ProxyKey), crypto, default));

        Assert.That(exception.Message, Is.EqualTo("no certificate found in the PEM text."));
    }

    [Test]
    public void Read_NoKey_SaysNoPrivateKeyFound()
    {
        var exception = Assert.Throws<MyProxyCryptoException>(() => CredentialPem.Read(TestChain.Pem(_chain.Proxy), crypto, default));

        Assert.That(exception.Message, Does.StartWith("no private key found"));
    }

    [Test]
    public void Read_EncryptedKeyWithPassphrase_ReadsIt()
    {
        var key = crypto.ExportPrivateKeyPem(_chain.UserKey, Keys.PrivateKeyPemFormat.EncryptedPkcs8, "user-pass");

        using var credential = CredentialPem.Read(TestChain.Pem(_chain.User) + key, crypto, "user-pass");

        Assert.That(credential.Certificate.Thumbprint, Is.EqualTo(_chain.User.Thumbprint));
    }

    [Test]
    public void Write_Credential_UsesTheGlobusProxyLayout()
    {
        using var credential = CredentialPem.Read(TestChain.Pem(_chain.Proxy) + TestChain.Pem(_chain.ProxyKey) + TestChain.Pem(_chain.User), crypto, default);

        var pem = CredentialPem.Write(credential, crypto);

        var labels = PemLabels(pem);
        Assert.That(labels, Is.EqualTo(new[] { "CERTIFICATE", "RSA PRIVATE KEY", "CERTIFICATE" }));
        Assert.That(Thumbprints(CredentialPem.ReadCertificates(pem)), Is.EqualTo(Thumbprints([_chain.Proxy, _chain.User])));
    }

    [Test]
    public void Write_EcCredential_WritesAnEcPrivateKeyBlock()
    {
        using var credential = CredentialPem.Read(TestChain.Pem(_chain.User) + TestChain.Pem(_chain.UserKey), crypto, default);

        Assert.That(PemLabels(CredentialPem.Write(credential, crypto)), Is.EqualTo(new[] { "CERTIFICATE", "EC PRIVATE KEY" }));
    }

    [Test]
    public void Write_ThenRead_GivesTheSameCredential()
    {
        using var credential = CredentialPem.Read(TestChain.Pem(_chain.Proxy) + TestChain.Pem(_chain.ProxyKey) + TestChain.Pem(_chain.User) + TestChain.Pem(_chain.Ca), crypto, default);

        using var back = CredentialPem.Read(CredentialPem.Write(credential, crypto), crypto, default);

        Assert.That(Thumbprints(back.Chain), Is.EqualTo(Thumbprints(credential.Chain)));
        Assert.That(SameKey.Public(back.PrivateKey, credential.PrivateKey), Is.True);
    }

    private static string[] Thumbprints(IEnumerable<X509Certificate2> certificates) => [.. certificates.Select(c => c.Thumbprint)];

    private static string[] PemLabels(string pem) =>
        [.. pem.Split('\n').Where(l => l.StartsWith("-----BEGIN ", StringComparison.Ordinal)).Select(l => l[11..^5])];
}
