using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Backends.BouncyCastle;
using MyProxy.Crypto.Backends.SystemCrypto;
using MyProxy.Crypto.Proxies;
using MyProxy.Crypto.Requests;
using MyProxy.Crypto.Tests.Support;

namespace MyProxy.Crypto.Tests.Contract;

[TestFixtureSource(typeof(Backends), nameof(Backends.All))]
public sealed class CertificateRequestContractTests(ICryptoProvider crypto)
{
    private static readonly byte[] RfcInheritAll = Convert.FromHexString("300C300A06082B06010505071501");

    [Test]
    public void CreateCertificateRequest_RsaDefaults_DecodesToSameKeySubjectAndRfcInheritAll()
    {
        using var key = TestKeys.Rsa();

        var decoded = crypto.DecodeCertificateRequest(crypto.CreateCertificateRequest(key, new CertificateRequestOptions()));

        Assert.Multiple(() =>
        {
            Assert.That(decoded.PublicKey.ExportSubjectPublicKeyInfo(), Is.EqualTo(new PublicKey(key).ExportSubjectPublicKeyInfo()));
            Assert.That(decoded.Subject.RawData, Is.EqualTo(new X500DistinguishedName("CN=proxy").RawData));
            Assert.That(decoded.RequestedFormat, Is.EqualTo(ProxyCertificateFormat.Rfc3820));
            Assert.That(decoded.RequestedProxyCertInfo!.Encode(ProxyCertificateFormat.Rfc3820), Is.EqualTo(RfcInheritAll));
            Assert.That(decoded.KeySizeInBits, Is.EqualTo(2048));
        });
    }

    [Test]
    public void CreateCertificateRequest_Ecdsa_DecodesWithCurveSize()
    {
        using var key = TestKeys.EcP256();

        var decoded = crypto.DecodeCertificateRequest(crypto.CreateCertificateRequest(key, new CertificateRequestOptions()));

        Assert.Multiple(() =>
        {
            Assert.That(decoded.PublicKey.ExportSubjectPublicKeyInfo(), Is.EqualTo(new PublicKey(key).ExportSubjectPublicKeyInfo()));
            Assert.That(decoded.KeySizeInBits, Is.EqualTo(256));
        });
    }

    [Test]
    public void CreateCertificateRequest_DraftWithPathLength_DecodesDraftExtension()
    {
        using var key = TestKeys.Rsa();
        var options = new CertificateRequestOptions
        {
            ProxyCertInfo = new ProxyCertInfo(3, ProxyObjectIdentifiers.LimitedProxy),
            ProxyFormat = ProxyCertificateFormat.Draft,
        };

        var decoded = crypto.DecodeCertificateRequest(crypto.CreateCertificateRequest(key, options));

        Assert.Multiple(() =>
        {
            Assert.That(decoded.RequestedFormat, Is.EqualTo(ProxyCertificateFormat.Draft));
            Assert.That(decoded.RequestedProxyCertInfo!.PathLength, Is.EqualTo(3));
            Assert.That(decoded.RequestedProxyCertInfo.Kind, Is.EqualTo(ProxyPolicyKind.Limited));
        });
    }

    [Test]
    public void CreateCertificateRequest_NoProxyCertInfo_DecodesWithoutExtension()
    {
        using var key = TestKeys.Rsa();

        var decoded = crypto.DecodeCertificateRequest(crypto.CreateCertificateRequest(key, new CertificateRequestOptions { ProxyCertInfo = null }));

        Assert.Multiple(() =>
        {
            Assert.That(decoded.RequestedProxyCertInfo, Is.Null);
            Assert.That(decoded.RequestedFormat, Is.Null);
        });
    }

    [Test]
    public void CreateCertificateRequest_Default_ExtensionRequestIsCriticalAsTheBclReadsIt()
    {
        using var key = TestKeys.Rsa();
        var der = crypto.CreateCertificateRequest(key, new CertificateRequestOptions { SignatureHash = HashAlgorithmName.SHA384 });

        var request = CertificateRequest.LoadSigningRequest(
            der, HashAlgorithmName.SHA256, CertificateRequestLoadOptions.UnsafeLoadCertificateExtensions, RSASignaturePadding.Pkcs1);

        var extension = request.CertificateExtensions.Single();
        Assert.Multiple(() =>
        {
            Assert.That(extension.Oid!.Value, Is.EqualTo(ProxyObjectIdentifiers.ProxyCertInfo));
            Assert.That(extension.Critical, Is.True);
            Assert.That(extension.RawData, Is.EqualTo(RfcInheritAll));
        });
    }

    [TestCaseSource(nameof(OtherBackends))]
    public void DecodeCertificateRequest_MadeByOtherBackend_RoundTrips(ICryptoProvider maker)
    {
        using var key = TestKeys.Rsa();
        var der = maker.CreateCertificateRequest(key, new CertificateRequestOptions { ProxyCertInfo = new ProxyCertInfo(2, ProxyObjectIdentifiers.Independent) });

        var decoded = crypto.DecodeCertificateRequest(der);

        Assert.That(decoded.RequestedProxyCertInfo!.Encode(ProxyCertificateFormat.Rfc3820), Is.EqualTo(Convert.FromHexString("300F020102300A06082B06010505071502")));
    }

    [Test]
    public void DecodeCertificateRequest_SignatureBitFlipped_Throws()
    {
        using var key = TestKeys.Rsa();
        var der = crypto.CreateCertificateRequest(key, new CertificateRequestOptions());
        der[^1] ^= 0x01;

        Assert.That(() => crypto.DecodeCertificateRequest(der), Throws.TypeOf<MyProxyCryptoException>());
    }

    [Test]
    public void DecodeCertificateRequest_SubjectAlteredAfterSigning_Throws()
    {
        using var key = TestKeys.Rsa();
        var der = crypto.CreateCertificateRequest(key, new CertificateRequestOptions());
        var at = IndexOf(der, "proxy"u8.ToArray());
        der[at + 4] = (byte)'z';

        Assert.That(() => crypto.DecodeCertificateRequest(der), Throws.TypeOf<MyProxyCryptoException>());
    }

    [TestCase("")]
    [TestCase("00")]
    [TestCase("3003020101")]
    [TestCase("DEADBEEFDEADBEEF")]
    [TestCase("308201")]
    public void DecodeCertificateRequest_Garbage_Throws(string hex)
    {
        Assert.That(() => crypto.DecodeCertificateRequest(Convert.FromHexString(hex)), Throws.TypeOf<MyProxyCryptoException>());
    }

    [Test]
    public void DecodeCertificateRequest_Truncated_Throws()
    {
        using var key = TestKeys.Rsa();
        var der = crypto.CreateCertificateRequest(key, new CertificateRequestOptions());

        Assert.That(() => crypto.DecodeCertificateRequest(der.AsMemory(0, der.Length - 10)), Throws.TypeOf<MyProxyCryptoException>());
    }

    [Test]
    public void DecodeCertificateRequest_TrailingBytes_Throws()
    {
        using var key = TestKeys.Rsa();
        var der = crypto.CreateCertificateRequest(key, new CertificateRequestOptions());

        Assert.That(() => crypto.DecodeCertificateRequest(der.Concat(new byte[] { 0, 0 }).ToArray()), Throws.TypeOf<MyProxyCryptoException>());
    }

    [Test]
    public void DecodeCertificateRequest_Ed25519Key_Throws()
    {
        var der = BouncyCastleRequestSamples.Ed25519Request();

        Assert.That(() => crypto.DecodeCertificateRequest(der), Throws.TypeOf<MyProxyCryptoException>());
    }

    [Test]
    public void DecodeCertificateRequest_TwoProxyCertInfoExtensions_Throws()
    {
        var der = BouncyCastleRequestSamples.RequestWithBothProxyExtensions();

        Assert.That(() => crypto.DecodeCertificateRequest(der), Throws.TypeOf<MyProxyCryptoException>());
    }

    private static IEnumerable<ICryptoProvider> OtherBackends() => [SystemCryptoProvider.Instance, BouncyCastleCryptoProvider.Instance];

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (var index = 0; index + needle.Length <= haystack.Length; index++)
        {
            if (haystack.AsSpan(index, needle.Length).SequenceEqual(needle))
            {
                return index;
            }
        }

        throw new AssertionException("needle not found");
    }
}
