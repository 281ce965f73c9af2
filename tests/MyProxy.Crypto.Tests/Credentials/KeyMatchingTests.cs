using System.Security.Cryptography;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Tests.Support;

namespace MyProxy.Crypto.Tests.Credentials;

public class KeyMatchingTests
{
    private TestChain _chain = null!;

    [OneTimeSetUp]
    public void CreateChain() => _chain = TestChain.Create();

    [OneTimeTearDown]
    public void DisposeChain() => _chain.Dispose();

    [Test]
    public void Matches_RsaKeyOfTheCertificate_IsTrue()
    {
        Assert.That(KeyMatching.Matches(_chain.Proxy, _chain.ProxyKey), Is.True);
    }

    [Test]
    public void Matches_EcKeyOfTheCertificate_IsTrue()
    {
        Assert.That(KeyMatching.Matches(_chain.User, _chain.UserKey), Is.True);
    }

    [Test]
    public void Matches_AnotherRsaKey_IsFalse()
    {
        using var other = RSA.Create(1024);

        Assert.That(KeyMatching.Matches(_chain.Proxy, other), Is.False);
    }

    [Test]
    public void Matches_AnotherEcKeyOnTheSameCurve_IsFalse()
    {
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        Assert.That(KeyMatching.Matches(_chain.User, other), Is.False);
    }

    [Test]
    public void Matches_KeyOfAnotherAlgorithm_IsFalse()
    {
        Assert.That(KeyMatching.Matches(_chain.Proxy, _chain.UserKey), Is.False);
        Assert.That(KeyMatching.Matches(_chain.User, _chain.ProxyKey), Is.False);
    }

    [Test]
    public void Matches_KeyImportedFromPem_IsTrue()
    {
        using var imported = CryptoProviders.For(CryptoBackend.BouncyCastle).ImportPrivateKeyPem(TestChain.Pem(_chain.ProxyKey), "");

        Assert.That(KeyMatching.Matches(_chain.Proxy, imported), Is.True);
    }
}
