using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Tests.ValidationPki;

namespace MyProxy.Crypto.Tests.Backends;

/// <summary>VerifyCertificateSignature / VerifyCrlSignature, per backend.</summary>
[TestFixtureSource(typeof(Contract.Backends), nameof(Contract.Backends.All))]
public sealed class SignatureVerificationTests(ICryptoProvider crypto)
{
    private static readonly Issued Ca = Pki.RootCa();

    private static IEnumerable<HashAlgorithmName> RsaHashes => [HashAlgorithmName.SHA1, HashAlgorithmName.SHA256, HashAlgorithmName.SHA384, HashAlgorithmName.SHA512];

    [TestCaseSource(nameof(RsaHashes))]
    public void VerifyCertificateSignature_RsaPkcs1_IsTrue(HashAlgorithmName hash)
    {
        var user = Pki.EndEntity(Ca, hash: hash);

        Assert.That(crypto.VerifyCertificateSignature(user.Certificate, Ca.Certificate.PublicKey), Is.True);
    }

    [Test]
    public void VerifyCertificateSignature_RsaPss_IsTrue()
    {
        using var certificate = Pki.Sign(new X500DistinguishedName("CN=pss"), PkiKeys.User, Ca.Certificate.SubjectName, Ca.Key,
            Pki.Now.AddDays(-1), Pki.Now.AddDays(1), [], HashAlgorithmName.SHA256, padding: RSASignaturePadding.Pss);

        Assert.That(crypto.VerifyCertificateSignature(certificate, Ca.Certificate.PublicKey), Is.True);
    }

    [Test]
    public void VerifyCertificateSignature_Md5_IsFalse()
    {
        var user = Pki.EndEntity(Ca, hash: HashAlgorithmName.MD5);

        Assert.That(crypto.VerifyCertificateSignature(user.Certificate, Ca.Certificate.PublicKey), Is.False);
    }

    [Test]
    public void VerifyCertificateSignature_WrongKey_IsFalse() =>
        Assert.That(crypto.VerifyCertificateSignature(Pki.EndEntity(Ca).Certificate, Pki.EndEntity(Ca).Certificate.PublicKey), Is.False);

    [Test]
    public void VerifyCertificateSignature_Tampered_IsFalse()
    {
        using var tampered = Pki.Tamper(Pki.EndEntity(Ca).Certificate);

        Assert.That(crypto.VerifyCertificateSignature(tampered, Ca.Certificate.PublicKey), Is.False);
    }

    [TestCase("nistP256", "SHA256")]
    [TestCase("nistP384", "SHA384")]
    [TestCase("nistP521", "SHA512")]
    public void VerifyCertificateSignature_Ecdsa_IsTrue(string curve, string hash)
    {
        using var issuerKey = ECDsa.Create(ECCurve.CreateFromFriendlyName(curve));
        using var subjectKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var issuer = new CertificateRequest("CN=EC CA", issuerKey, new HashAlgorithmName(hash));
        using var issuerCertificate = issuer.CreateSelfSigned(Pki.Now.AddDays(-1), Pki.Now.AddDays(1));
        var request = new CertificateRequest("CN=EC user", subjectKey, HashAlgorithmName.SHA256);
        using var certificate = request.Create(issuerCertificate.SubjectName, X509SignatureGenerator.CreateForECDsa(issuerKey),
            Pki.Now.AddDays(-1), Pki.Now.AddDays(1), [1]);

        Assert.Multiple(() =>
        {
            Assert.That(crypto.VerifyCertificateSignature(certificate, issuerCertificate.PublicKey), Is.True);
            Assert.That(crypto.VerifyCertificateSignature(certificate, Ca.Certificate.PublicKey), Is.False);
        });
    }

    [Test]
    public void VerifyCrlSignature_SignedByCa_IsTrue() =>
        Assert.That(crypto.VerifyCrlSignature(Pki.Crl(Ca, []), Ca.Certificate.PublicKey), Is.True);

    [Test]
    public void VerifyCrlSignature_SignedByOtherKey_IsFalse() =>
        Assert.That(crypto.VerifyCrlSignature(Pki.Crl(Ca, [], signingKey: PkiKeys.Other), Ca.Certificate.PublicKey), Is.False);

    [Test]
    public void VerifyCrlSignature_Tampered_IsFalse()
    {
        var crl = Pki.Crl(Ca, []);
        crl[^1] ^= 0x01;

        Assert.That(crypto.VerifyCrlSignature(crl, Ca.Certificate.PublicKey), Is.False);
    }

    [TestCase(new byte[0])]
    [TestCase(new byte[] { 0x30, 0x03, 0x02, 0x01, 0x01 })]
    [TestCase(new byte[] { 0xFF, 0x00, 0x12 })]
    public void VerifyCrlSignature_Malformed_IsFalse(byte[] der) =>
        Assert.That(crypto.VerifyCrlSignature(der, Ca.Certificate.PublicKey), Is.False);

    [Test]
    public void VerifyCrlSignature_Truncated_IsFalse() =>
        Assert.That(crypto.VerifyCrlSignature(Pki.Crl(Ca, [])[..^10], Ca.Certificate.PublicKey), Is.False);

    // Found by fuzzing (docs/fuzzing.md): BouncyCastle threw SecurityUtilityException for an unknown key algorithm.
    [Test]
    public void VerifyCertificateSignature_IssuerKeyOfUnknownAlgorithm_IsFalse()
    {
        var rsa = Ca.Certificate.PublicKey;
        var unknown = new PublicKey(new Oid("1.2.770.1.0.13.1.1.1"), rsa.EncodedParameters, rsa.EncodedKeyValue);

        Assert.That(crypto.VerifyCertificateSignature(Pki.EndEntity(Ca).Certificate, unknown), Is.False);
    }
}
