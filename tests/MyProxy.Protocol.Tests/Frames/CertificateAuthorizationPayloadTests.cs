using System.Text;
using MyProxy.Protocol.Frames;

namespace MyProxy.Protocol.Tests.Frames;

public class CertificateAuthorizationPayloadTests
{
    private static readonly CertificateChainFrame Chain = new([TestDer.Sequence(10)]);

    [Test]
    public void GetBytesToSign_HexChallenge_ReturnsAsciiWithoutNul()
    {
        const string challenge = "3f9c0a1b2c3d4e5f60718293a4b5c6d7";

        var bytes = CertificateAuthorizationPayload.GetBytesToSign(challenge);

        Assert.That(bytes, Is.EqualTo(Encoding.ASCII.GetBytes(challenge)));
        Assert.That(bytes, Has.Length.EqualTo(32));
    }

    [TestCase("")]
    [TestCase("3f9c")]
    [TestCase("3f9c0a1b2c3d4e5f60718293a4b5c6d7e")]
    [TestCase("3f9c0a1b2c3d4e5f60718293a4b5c6zz")]
    public void GetBytesToSign_NotThirtyTwoHexChars_Throws(string challenge)
    {
        Assert.Throws<MyProxyProtocolException>(() => CertificateAuthorizationPayload.GetBytesToSign(challenge));
    }

    [TestCase(AuthorizationMethod.X509Certificate, "SHA1")]
    [TestCase(AuthorizationMethod.X509CertificateSha256, "SHA256")]
    public void HashAlgorithmFor_CertificateMethod_NamesItsHash(AuthorizationMethod method, string expected)
    {
        Assert.That(CertificateAuthorizationPayload.HashAlgorithmFor(method), Is.EqualTo(expected));
    }

    [Test]
    public void Encode_ThreeByteSignature_WritesBigEndianLengthSignatureAndChain()
    {
        var bytes = new CertificateAuthorizationPayload([0xA1, 0xA2, 0xA3], Chain).Encode();

        Assert.That(bytes, Is.EqualTo(TestDer.Concat([0, 0, 0, 3, 0xA1, 0xA2, 0xA3, 1], TestDer.Sequence(10))));
    }

    [Test]
    public void Constructor_EmptySignature_Throws()
    {
        Assert.Throws<MyProxyProtocolException>(() => _ = new CertificateAuthorizationPayload([], Chain));
    }

    [Test]
    public void Decode_SignatureLengthBeyondPayload_Throws()
    {
        Assert.Throws<MyProxyProtocolException>(() => CertificateAuthorizationPayload.Decode([0, 0, 1, 0, 0xAA]));
    }

    [Test]
    public void Decode_TrailingBytesAfterChain_Throws()
    {
        var bytes = TestDer.Concat(new CertificateAuthorizationPayload([1], Chain).Encode(), [0x00]);

        Assert.Throws<MyProxyProtocolException>(() => CertificateAuthorizationPayload.Decode(bytes));
    }

    [Test]
    public void Decode_TruncatedChain_Throws()
    {
        var bytes = new CertificateAuthorizationPayload([1], Chain).Encode()[..^1];

        Assert.Throws<MyProxyProtocolException>(() => CertificateAuthorizationPayload.Decode(bytes));
    }

    [Test]
    public void Decode_MissingChain_Throws()
    {
        Assert.Throws<MyProxyProtocolException>(() => CertificateAuthorizationPayload.Decode([0, 0, 0, 1, 0xAA]));
    }
}
