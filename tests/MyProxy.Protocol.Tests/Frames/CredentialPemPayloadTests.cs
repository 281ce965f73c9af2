using System.Buffers;
using System.Text;
using MyProxy.Protocol.Frames;

namespace MyProxy.Protocol.Tests.Frames;

public class CredentialPemPayloadTests
{
    private const string Cert1 = "-----BEGIN CERTIFICATE-----\nQUFB\n-----END CERTIFICATE-----";
    private const string Cert2 = "-----BEGIN CERTIFICATE-----\nQkJC\n-----END CERTIFICATE-----";
    private const string Key = "-----BEGIN RSA PRIVATE KEY-----\nU0VDUkVU\n-----END RSA PRIVATE KEY-----";
    private const string EncryptedKey = "-----BEGIN ENCRYPTED PRIVATE KEY-----\nRU5D\n-----END ENCRYPTED PRIVATE KEY-----";

    [Test]
    public void Encode_CertKeyChain_WritesStoreLayoutWithNul()
    {
        var payload = new CredentialPemPayload([Cert1, Cert2], Key);

        var text = Encoding.ASCII.GetString(payload.Encode());

        Assert.That(text, Is.EqualTo(Cert1 + "\n" + Key + "\n" + Cert2 + "\n\0"));
    }

    [Test]
    public void Encode_BlocksWithTrailingNewlines_NormalisesToOneNewline()
    {
        var payload = new CredentialPemPayload([Cert1 + "\n"], Key + "\r\n\n");

        var text = Encoding.ASCII.GetString(payload.Encode());

        Assert.That(text, Is.EqualTo(Cert1 + "\n" + Key + "\n\0"));
    }

    [Test]
    public void Constructor_NoCertificates_Throws()
    {
        Assert.Throws<MyProxyProtocolException>(() => _ = new CredentialPemPayload([], Key));
    }

    [Test]
    public void Constructor_KeyGivenAsCertificate_Throws()
    {
        Assert.Throws<MyProxyProtocolException>(() => _ = new CredentialPemPayload([Key], Key));
    }

    [Test]
    public void Constructor_CertificateGivenAsKey_Throws()
    {
        Assert.Throws<MyProxyProtocolException>(() => _ = new CredentialPemPayload([Cert1], Cert2));
    }

    [Test]
    public void Constructor_TwoBlocksInOneItem_Throws()
    {
        Assert.Throws<MyProxyProtocolException>(() => _ = new CredentialPemPayload([Cert1 + "\n" + Cert2], Key));
    }

    [Test]
    public void Constructor_NulInKey_Throws()
    {
        Assert.Throws<MyProxyProtocolException>(() => _ = new CredentialPemPayload([Cert1], Key.Replace("U0VD", "U0\0D", StringComparison.Ordinal)));
    }

    [Test]
    public void Constructor_MissingEndLine_Throws()
    {
        Assert.Throws<MyProxyProtocolException>(() => _ = new CredentialPemPayload(["-----BEGIN CERTIFICATE-----\nQUFB\n"], Key));
    }

    [Test]
    public void ToString_NeverShowsTheKey()
    {
        var payload = new CredentialPemPayload([Cert1], Key);

        Assert.That(payload.ToString(), Does.Not.Contain("U0VDUkVU"));
        Assert.That(payload.ToString(), Is.EqualTo("CredentialPemPayload { Certificates = 1, PrivateKey = present }"));
    }

    [Test]
    public void IsPrivateKeyEncrypted_EncryptedPkcs8_IsTrue()
    {
        Assert.That(new CredentialPemPayload([Cert1], EncryptedKey).IsPrivateKeyEncrypted, Is.True);
        Assert.That(new CredentialPemPayload([Cert1], Key).IsPrivateKeyEncrypted, Is.False);
    }

    [Test]
    public void Parse_ProxyFileLayout_SplitsCertificatesAndKey()
    {
        var payload = CredentialPemPayload.Parse(Cert1 + "\n" + Key + "\n" + Cert2 + "\n");

        Assert.That(payload.CertificatePems, Is.EqualTo(new[] { Cert1, Cert2 }));
        Assert.That(payload.PrivateKeyPem, Is.EqualTo(Key));
    }

    [Test]
    public void Parse_TwoKeys_Throws()
    {
        Assert.Throws<MyProxyProtocolException>(() => CredentialPemPayload.Parse(Cert1 + "\n" + Key + "\n" + Key));
    }

    [Test]
    public void Parse_UnknownBlock_Throws()
    {
        Assert.Throws<MyProxyProtocolException>(
            () => CredentialPemPayload.Parse(Cert1 + "\n" + Key + "\n-----BEGIN X509 CRL-----\nQQ==\n-----END X509 CRL-----\n"));
    }

    [Test]
    public void Decoder_RetrieveReplyFollowedByFinalOk_DecodesAndLeavesTheOk()
    {
        var ok = Encoding.ASCII.GetBytes("VERSION=MYPROXYv2\nRESPONSE=0\n\0");
        var bytes = TestDer.Concat(Encoding.ASCII.GetBytes(Cert1 + "\n" + EncryptedKey + "\n" + Cert2 + "\n\0"), ok);
        var buffer = TestDer.Segmented(bytes, 5);

        var done = new CredentialPemPayloadDecoder().TryDecode(ref buffer, out var payload);

        Assert.That(done, Is.True);
        Assert.That(payload!.CertificatePems, Has.Count.EqualTo(2));
        Assert.That(payload.IsPrivateKeyEncrypted, Is.True);
        Assert.That(buffer.ToArray(), Is.EqualTo(ok));
    }

    [Test]
    public void Decoder_EncodeThenDecode_RoundTrips()
    {
        var original = new CredentialPemPayload([Cert1, Cert2], Key);
        var buffer = new ReadOnlySequence<byte>(original.Encode());

        _ = new CredentialPemPayloadDecoder().TryDecode(ref buffer, out var decoded);

        Assert.That(decoded!.Encode(), Is.EqualTo(original.Encode()));
    }

    [Test]
    public void Decoder_NoNulYet_NeedsMoreData()
    {
        var buffer = new ReadOnlySequence<byte>(Encoding.ASCII.GetBytes(Cert1 + "\n" + Key));

        Assert.That(new CredentialPemPayloadDecoder().TryDecode(ref buffer, out _), Is.False);
    }

    [Test]
    public void Decoder_NoNulAtEndOfStream_Throws()
    {
        var buffer = new ReadOnlySequence<byte>(Encoding.ASCII.GetBytes(Cert1 + "\n" + Key));

        Assert.Throws<MyProxyProtocolException>(() => new CredentialPemPayloadDecoder().Decode(ref buffer, true, out _));
    }

    [Test]
    public void Decoder_OverMessageLimitWithoutNul_Throws()
    {
        var decoder = new CredentialPemPayloadDecoder(new ProtocolLimits { MaxMessageBytes = 16 });
        var buffer = new ReadOnlySequence<byte>(Encoding.ASCII.GetBytes(Cert1));

        Assert.Throws<MyProxyProtocolException>(() => decoder.TryDecode(ref buffer, out _));
    }

    [Test]
    public void Decoder_ServerErrorText_ReportsServerMessage()
    {
        var buffer = new ReadOnlySequence<byte>(Encoding.ASCII.GetBytes("VERSION=MYPROXYv2\nRESPONSE=1\nERROR=no\n\0"));

        Assert.That(new CredentialPemPayloadDecoder().Decode(ref buffer, false, out _), Is.EqualTo(BinaryFrameStatus.ServerMessage));
    }

    [Test]
    public void Decoder_NonAsciiByte_Throws()
    {
        var bytes = TestDer.Concat(Encoding.ASCII.GetBytes(Cert1 + "\n"), [0xC3], Encoding.ASCII.GetBytes(Key + "\n\0"));
        var buffer = new ReadOnlySequence<byte>(bytes);

        Assert.Throws<MyProxyProtocolException>(() => new CredentialPemPayloadDecoder().TryDecode(ref buffer, out _));
    }

    [TestCase("PRIVATE KEY")]
    [TestCase("EC PRIVATE KEY")]
    [TestCase("ENCRYPTED PRIVATE KEY")]
    public void Constructor_OtherKeyFormats_Accepted(string label)
    {
        var key = $"-----BEGIN {label}-----\nQUJD\n-----END {label}-----";

        Assert.That(new CredentialPemPayload([Cert1], key).PrivateKeyPem, Is.EqualTo(key));
    }

    [Test]
    public void IsPrivateKeyEncrypted_LegacyProcType_IsTrue()
    {
        const string key = "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,00\n\nQUJD\n-----END RSA PRIVATE KEY-----";

        Assert.That(new CredentialPemPayload([Cert1], key).IsPrivateKeyEncrypted, Is.True);
    }

    [Test]
    public void Decoder_Decode_CompleteReturnsComplete()
    {
        var buffer = new ReadOnlySequence<byte>(new CredentialPemPayload([Cert1], Key).Encode());

        Assert.That(new CredentialPemPayloadDecoder().Decode(ref buffer, out var payload), Is.EqualTo(BinaryFrameStatus.Complete));
        Assert.That(payload!.CertificatePems, Is.EqualTo(new[] { Cert1 }));
    }
}
