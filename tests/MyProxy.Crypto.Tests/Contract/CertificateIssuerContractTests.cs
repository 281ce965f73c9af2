using System.Formats.Asn1;
using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Certificates;
using MyProxy.Crypto.Proxies;
using MyProxy.Crypto.Tests.Support;

namespace MyProxy.Crypto.Tests.Contract;

[TestFixtureSource(typeof(Backends), nameof(Backends.All))]
public sealed class CertificateIssuerContractTests(ICryptoProvider crypto)
{
    private static readonly DateTimeOffset NotBefore = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Test]
    public void IssueCertificate_Template_KeepsNameBytesSerialAndValidity()
    {
        var template = Template(MixedEncodingName(), new BigInteger(0x1234_5678_9ABC_DEF0));
        using var issuerKey = TestKeys.Rsa();
        using var subjectKey = TestKeys.Rsa();

        using var certificate = crypto.IssueCertificate(template, new PublicKey(subjectKey), issuerKey);

        Assert.Multiple(() =>
        {
            Assert.That(certificate.IssuerName.RawData, Is.EqualTo(template.Issuer.RawData));
            Assert.That(certificate.SubjectName.RawData, Is.EqualTo(template.Subject.RawData));
            Assert.That(certificate.SerialNumberBytes.ToArray(), Is.EqualTo(Convert.FromHexString("123456789ABCDEF0")));
            Assert.That(certificate.NotBefore.ToUniversalTime(), Is.EqualTo(template.NotBefore.UtcDateTime));
            Assert.That(certificate.NotAfter.ToUniversalTime(), Is.EqualTo(template.NotAfter.UtcDateTime));
            Assert.That(certificate.PublicKey.ExportSubjectPublicKeyInfo(), Is.EqualTo(new PublicKey(subjectKey).ExportSubjectPublicKeyInfo()));
        });
    }

    [Test]
    public void IssueCertificate_SerialWithHighBitSet_EncodesPositive()
    {
        var template = Template(new X500DistinguishedName("CN=x"), new BigInteger(0x80));
        using var issuerKey = TestKeys.Rsa();

        using var certificate = crypto.IssueCertificate(template, new PublicKey(issuerKey), issuerKey);

        Assert.That(certificate.SerialNumberBytes.ToArray(), Is.EqualTo(new byte[] { 0x00, 0x80 }));
    }

    [Test]
    public void IssueCertificate_Extensions_AreExactlyTheTemplatesInOrder()
    {
        var extensions = new List<X509Extension>
        {
            new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true),
            new X509Extension(ProxyObjectIdentifiers.ProxyCertInfo, Convert.FromHexString("300C300A06082B06010505071501"), critical: true),
            new X509Extension(ProxyObjectIdentifiers.DiracGroup, Convert.FromHexString("16056770726F75"), critical: false),
        };
        var template = Template(new X500DistinguishedName("CN=x"), BigInteger.One) with { Extensions = extensions };
        using var issuerKey = TestKeys.Rsa();

        using var certificate = crypto.IssueCertificate(template, new PublicKey(issuerKey), issuerKey);

        Assert.That(Describe(certificate.Extensions), Is.EqualTo(Describe(extensions)));
    }

    [Test]
    public void IssueCertificate_NoExtensions_AddsNone()
    {
        var template = Template(new X500DistinguishedName("CN=x"), BigInteger.One);
        using var issuerKey = TestKeys.Rsa();

        using var certificate = crypto.IssueCertificate(template, new PublicKey(issuerKey), issuerKey);

        Assert.That(certificate.Extensions, Is.Empty);
    }

    [TestCase("SHA256", "1.2.840.113549.1.1.11")]
    [TestCase("SHA384", "1.2.840.113549.1.1.12")]
    [TestCase("SHA512", "1.2.840.113549.1.1.13")]
    public void IssueCertificate_RsaIssuer_SignsWithTemplateHashVerifiableByBcl(string hash, string algorithm)
    {
        var template = Template(new X500DistinguishedName("CN=x"), BigInteger.One) with { SignatureHash = new HashAlgorithmName(hash) };
        using var issuerKey = TestKeys.Rsa();
        using var subjectKey = TestKeys.Rsa();

        using var certificate = crypto.IssueCertificate(template, new PublicKey(subjectKey), issuerKey);

        Assert.Multiple(() =>
        {
            Assert.That(certificate.SignatureAlgorithm.Value, Is.EqualTo(algorithm));
            Assert.That(BclSignature.Verifies(certificate, new PublicKey(issuerKey)), Is.True);
            Assert.That(BclSignature.Verifies(certificate, new PublicKey(subjectKey)), Is.False);
        });
    }

    [Test]
    public void IssueCertificate_EcdsaIssuer_SignatureVerifiesWithBcl()
    {
        var template = Template(new X500DistinguishedName("CN=x"), BigInteger.One);
        using var issuerKey = TestKeys.EcP256();
        using var subjectKey = TestKeys.Rsa();

        using var certificate = crypto.IssueCertificate(template, new PublicKey(subjectKey), issuerKey);

        Assert.Multiple(() =>
        {
            Assert.That(certificate.SignatureAlgorithm.Value, Is.EqualTo("1.2.840.10045.4.3.2"));
            Assert.That(BclSignature.Verifies(certificate, new PublicKey(issuerKey)), Is.True);
        });
    }

    [Test]
    public void IssueCertificate_EcdsaSubjectKey_IsCertified()
    {
        var template = Template(new X500DistinguishedName("CN=x"), BigInteger.One);
        using var issuerKey = TestKeys.Rsa();
        using var subjectKey = TestKeys.EcP256();

        using var certificate = crypto.IssueCertificate(template, new PublicKey(subjectKey), issuerKey);

        Assert.That(certificate.PublicKey.ExportSubjectPublicKeyInfo(), Is.EqualTo(new PublicKey(subjectKey).ExportSubjectPublicKeyInfo()));
    }

    private static CertificateTemplate Template(X500DistinguishedName subject, BigInteger serial) =>
        new(new X500DistinguishedName("CN=Issuer, DC=example, DC=org"), subject, serial, NotBefore, NotBefore.AddHours(12), [], HashAlgorithmName.SHA256);

    // DC as IA5String, O as UTF8String, CN as PrintableString: encodings a re-encoding library would change.
    private static X500DistinguishedName MixedEncodingName()
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            Rdn(writer, "0.9.2342.19200300.100.1.25", UniversalTagNumber.IA5String, "org");
            Rdn(writer, "2.5.4.10", UniversalTagNumber.UTF8String, "Grid Ünïversity");
            Rdn(writer, "2.5.4.3", UniversalTagNumber.PrintableString, "Test User");
        }

        return new X500DistinguishedName(writer.Encode());
    }

    private static void Rdn(AsnWriter writer, string oid, UniversalTagNumber type, string value)
    {
        using (writer.PushSetOf())
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(oid);
            writer.WriteCharacterString(type, value);
        }
    }

    private static List<string> Describe(IEnumerable<X509Extension> extensions) =>
        extensions.Select(extension => $"{extension.Oid!.Value} {extension.Critical} {Convert.ToHexString(extension.RawData)}").ToList();
}
