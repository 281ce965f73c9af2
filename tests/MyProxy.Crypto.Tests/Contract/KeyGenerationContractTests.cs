using System.Security.Cryptography;
using MyProxy.Crypto.Keys;
using MyProxy.Crypto.Tests.Support;

namespace MyProxy.Crypto.Tests.Contract;

[TestFixtureSource(typeof(Backends), nameof(Backends.All))]
public class KeyGenerationContractTests(ICryptoProvider crypto)
{
    [TestCase(1024)]
    [TestCase(2048)]
    public void GenerateKey_Rsa_ReturnsRsaKeyOfRequestedSize(int bits)
    {
        using var key = crypto.GenerateKey(KeySpecification.Rsa(bits));

        Assert.That(key, Is.InstanceOf<RSA>());
        Assert.That(key.KeySize, Is.EqualTo(bits));
    }

    [Test]
    public void GenerateKey_Rsa_UsesPublicExponent65537()
    {
        using var key = (RSA)crypto.GenerateKey(KeySpecification.Rsa(1024));

        Assert.That(key.ExportParameters(false).Exponent, Is.EqualTo(new byte[] { 0x01, 0x00, 0x01 }));
    }

    [Test]
    public void GenerateKey_EcP256_ReturnsP256Key()
    {
        using var key = crypto.GenerateKey(KeySpecification.EcP256);

        Assert.That(key, Is.InstanceOf<ECDsa>());
        Assert.That(((ECDsa)key).ExportParameters(false).Curve.Oid.Value, Is.EqualTo("1.2.840.10045.3.1.7"));
    }

    [Test]
    public void GenerateKey_EcP384_ReturnsP384Key()
    {
        using var key = crypto.GenerateKey(KeySpecification.EcP384);

        Assert.That(key, Is.InstanceOf<ECDsa>());
        Assert.That(((ECDsa)key).ExportParameters(false).Curve.Oid.Value, Is.EqualTo("1.3.132.0.34"));
    }

    [TestCaseSource(nameof(Specifications))]
    public void GenerateKey_AnySpecification_SignsWhatItsPublicKeyVerifies(KeySpecification specification)
    {
        using var key = crypto.GenerateKey(specification);
        using var verifier = PublicOnly(key);

        Assert.That(SameKey.SignsFor(key, verifier), Is.True);
    }

    [Test]
    public void GenerateKey_TwoCalls_ReturnDifferentKeys()
    {
        using var first = crypto.GenerateKey(KeySpecification.EcP256);
        using var second = crypto.GenerateKey(KeySpecification.EcP256);

        Assert.That(SameKey.Public(first, second), Is.False);
    }

    [Test]
    public void GenerateKey_Null_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => crypto.GenerateKey(null!));
    }

    private static IEnumerable<KeySpecification> Specifications() => [KeySpecification.Rsa(1024), KeySpecification.EcP256, KeySpecification.EcP384];

    private static AsymmetricAlgorithm PublicOnly(AsymmetricAlgorithm key)
    {
        AsymmetricAlgorithm copy = key is RSA ? RSA.Create() : ECDsa.Create();
        copy.ImportSubjectPublicKeyInfo(key.ExportSubjectPublicKeyInfo(), out _);
        return copy;
    }
}
