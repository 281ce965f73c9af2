using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Tests.Support;

namespace MyProxy.Crypto.Tests.Credentials;

public class CredentialPemTests
{
    private TestChain _chain = null!;

    [OneTimeSetUp]
    public void CreateChain() => _chain = TestChain.Create(ecProxy: true);

    [OneTimeTearDown]
    public void DisposeChain() => _chain.Dispose();

    [Test]
    public void ReadCertificates_Bundle_ReturnsAllInOrderAndSkipsKeys()
    {
        var pem = TestChain.Pem(_chain.Proxy) + TestChain.Pem(_chain.ProxyKey) + TestChain.Pem(_chain.User) + TestChain.Pem(_chain.Ca);

        var certificates = CredentialPem.ReadCertificates(pem);

        Assert.That(certificates.Select(c => c.Thumbprint), Is.EqualTo(new[] { _chain.Proxy.Thumbprint, _chain.User.Thumbprint, _chain.Ca.Thumbprint }));
    }

    [Test]
    public void ReadCertificates_NoCertificate_ReturnsEmpty()
    {
        Assert.That(CredentialPem.ReadCertificates("nothing\n"), Is.Empty);
    }

    [Test]
    public void ReadCertificates_DamagedSecondCertificate_NamesBlockNumber()
    {
        var pem = TestChain.Pem(_chain.Proxy) + "-----BEGIN CERTIFICATE-----\nMAMCAQA=\n-----END CERTIFICATE-----\n";

        var exception = Assert.Throws<MyProxyCryptoException>(() => CredentialPem.ReadCertificates(pem));

        Assert.That(exception.Message, Is.EqualTo("PEM block 2 (CERTIFICATE) is not a valid certificate."));
    }

    [Test]
    public void ReadCertificates_TruncatedBase64_NamesBlockNumber()
    {
        var user = TestChain.Pem(_chain.User);
        var pem = TestChain.Pem(_chain.ProxyKey) + user.Remove(user.Length - 30, 2);

        var exception = Assert.Throws<MyProxyCryptoException>(() => CredentialPem.ReadCertificates(pem));

        Assert.That(exception.Message, Does.StartWith("PEM block 2 (CERTIFICATE) is not valid base64"));
    }
}
