using System.Text;
using MyProxy.Protocol.Frames;

namespace MyProxy.Protocol.Tests.Frames;

public class SaslAuthorizationTests
{
    [Test]
    public void EncodeStart_IsMethodThreeThenTwoZeroBytes()
    {
        Assert.That(SaslAuthorization.EncodeStart(), Is.EqualTo(new byte[] { 0x03, 0x00, 0x00, 0x00, 0x00, 0x00 }));
    }

    [Test]
    public void EncodeInitialResponse_Plain_Base64OfMechanismNulResponseThenNul()
    {
        var bytes = SaslAuthorization.EncodeInitialResponse("PLAIN", "\0alice\0pw"u8);

        var expected = TestDer.Concat([0x03, 0, 0, 0], Encoding.ASCII.GetBytes("UExBSU4AAGFsaWNlAHB3"), [0x00]);
        Assert.That(bytes, Is.EqualTo(expected));
    }

    [Test]
    public void EncodeInitialResponse_NoInitialResponse_EncodesMechanismAndNul()
    {
        var bytes = SaslAuthorization.EncodeInitialResponse("GSSAPI", []);

        Assert.That(Encoding.ASCII.GetString(bytes[4..^1]), Is.EqualTo(Convert.ToBase64String("GSSAPI\0"u8.ToArray())));
    }

    [TestCase("")]
    [TestCase("plain")]
    [TestCase("PLAIN LOGIN")]
    [TestCase("ABCDEFGHIJKLMNOPQRSTU")]
    public void EncodeInitialResponse_BadMechanismName_Throws(string mechanism)
    {
        Assert.Throws<MyProxyProtocolException>(() => SaslAuthorization.EncodeInitialResponse(mechanism, []));
    }

    [Test]
    public void EncodeResponse_Bytes_HeaderBase64Nul()
    {
        var bytes = SaslAuthorization.EncodeResponse([0xFF, 0x00, 0x10]);

        Assert.That(bytes, Is.EqualTo(TestDer.Concat([0x03, 0, 0, 0], Encoding.ASCII.GetBytes("/wAQ"), [0x00])));
    }

    [Test]
    public void EncodeResponse_Empty_HeaderAndNulOnly()
    {
        Assert.That(SaslAuthorization.EncodeResponse([]), Is.EqualTo(new byte[] { 0x03, 0, 0, 0, 0x00 }));
    }

    [Test]
    public void DecodeMechanisms_SpaceSeparatedList_ReturnsNamesInOrder()
    {
        var data = "SASL:" + Convert.ToBase64String(Encoding.ASCII.GetBytes("PLAIN GSSAPI LOGIN"));

        Assert.That(SaslAuthorization.DecodeMechanisms(data), Is.EqualTo(new[] { "PLAIN", "GSSAPI", "LOGIN" }));
    }

    [Test]
    public void DecodeMechanisms_WithoutPrefixAndTrailingNul_ReturnsNames()
    {
        var data = Convert.ToBase64String(Encoding.ASCII.GetBytes("PLAIN\0"));

        Assert.That(SaslAuthorization.DecodeMechanisms(data), Is.EqualTo(new[] { "PLAIN" }));
    }

    [Test]
    public void DecodeMechanisms_EmptyList_Throws()
    {
        Assert.Throws<MyProxyProtocolException>(() => SaslAuthorization.DecodeMechanisms("SASL:"));
    }

    [Test]
    public void DecodeMechanisms_NonAscii_Throws()
    {
        Assert.Throws<MyProxyProtocolException>(() => SaslAuthorization.DecodeMechanisms(Convert.ToBase64String([0xC3, 0xA9])));
    }

    [Test]
    public void DecodeChallenge_Base64_ReturnsBytes()
    {
        Assert.That(SaslAuthorization.DecodeChallenge("SASL:/wAQ"), Is.EqualTo(new byte[] { 0xFF, 0x00, 0x10 }));
    }

    [Test]
    public void DecodeChallenge_Empty_ReturnsEmpty()
    {
        Assert.That(SaslAuthorization.DecodeChallenge("SASL:"), Is.Empty);
    }

    [TestCase("SASL:@@@@")]
    [TestCase("abc")]
    public void DecodeChallenge_NotBase64_Throws(string data)
    {
        Assert.Throws<MyProxyProtocolException>(() => SaslAuthorization.DecodeChallenge(data));
    }
}
