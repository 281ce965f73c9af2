using MyProxy.Protocol.Frames;

namespace MyProxy.Protocol.Tests.Frames;

public class AuthorizationReplyTests
{
    private static readonly byte[] Proxy = TestDer.Sequence(300, 0x11);
    private static readonly byte[] Eec = TestDer.Sequence(200, 0x22);

    private static CertificateAuthorizationPayload Payload(int signatureLength = 256) =>
        new(Enumerable.Range(0, signatureLength).Select(i => (byte)i).ToArray(), new CertificateChainFrame([Proxy, Eec]));

    [Test]
    public void ForCertificate_Sha256_MatchesA9Layout()
    {
        var bytes = AuthorizationReply.ForCertificate(AuthorizationMethod.X509CertificateSha256, Payload()).Encode();

        Assert.That(bytes[..8], Is.EqualTo(new byte[] { 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00 }));
        Assert.That(bytes[8..264], Is.EqualTo(Enumerable.Range(0, 256).Select(i => (byte)i).ToArray()));
        Assert.That(bytes[264], Is.EqualTo(0x02));
        Assert.That(bytes[265..], Is.EqualTo(TestDer.Concat(Proxy, Eec)));
    }

    [Test]
    public void ForCertificate_Sha1_StartsWithMethodTwo()
    {
        var bytes = AuthorizationReply.ForCertificate(AuthorizationMethod.X509Certificate, Payload(128)).Encode();

        Assert.That(bytes[..8], Is.EqualTo(new byte[] { 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80 }));
        Assert.That(bytes, Has.Length.EqualTo(4 + 4 + 128 + 1 + Proxy.Length + Eec.Length));
    }

    [Test]
    public void ForCertificate_SaslMethod_Throws()
    {
        Assert.Throws<MyProxyProtocolException>(() => AuthorizationReply.ForCertificate(AuthorizationMethod.Sasl, Payload()));
    }

    [Test]
    public void Encode_ArbitraryPayload_PrefixesMethodAndThreeZeros()
    {
        var bytes = new AuthorizationReply(AuthorizationMethod.Password, [0x61, 0x00]).Encode();

        Assert.That(bytes, Is.EqualTo(new byte[] { 0x01, 0x00, 0x00, 0x00, 0x61, 0x00 }));
    }

    [Test]
    public void Constructor_UndefinedMethod_Throws()
    {
        Assert.Throws<MyProxyProtocolException>(() => _ = new AuthorizationReply((AuthorizationMethod)9, []));
    }

    [Test]
    public void Decode_EncodedReply_RoundTrips()
    {
        var original = AuthorizationReply.ForCertificate(AuthorizationMethod.X509CertificateSha256, Payload());

        var decoded = AuthorizationReply.Decode(original.Encode());
        var payload = CertificateAuthorizationPayload.Decode(decoded.Payload.Span);

        Assert.That(decoded.Method, Is.EqualTo(AuthorizationMethod.X509CertificateSha256));
        Assert.That(payload.Signature.ToArray(), Is.EqualTo(Payload().Signature.ToArray()));
        Assert.That(payload.Chain.Certificates.Select(c => c.ToArray()), Is.EqualTo(new[] { Proxy, Eec }));
    }

    [Test]
    public void Decode_ShortMessage_Throws()
    {
        Assert.Throws<MyProxyProtocolException>(() => AuthorizationReply.Decode([0x04, 0x00, 0x00]));
    }

    [Test]
    public void Decode_NonZeroPadding_Throws()
    {
        Assert.Throws<MyProxyProtocolException>(() => AuthorizationReply.Decode([0x04, 0x00, 0x01, 0x00]));
    }

    [Test]
    public void Decode_UnknownMethod_Throws()
    {
        Assert.Throws<MyProxyProtocolException>(() => AuthorizationReply.Decode([0x07, 0x00, 0x00, 0x00]));
    }

    [Test]
    public void ToString_HidesThePayload()
    {
        var reply = new AuthorizationReply(AuthorizationMethod.Password, "hunter2\0"u8);

        Assert.That(reply.ToString(), Is.EqualTo("AuthorizationReply { Method = Password, PayloadBytes = 8 }"));
    }
}
