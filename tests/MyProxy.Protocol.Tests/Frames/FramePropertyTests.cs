using System.Buffers;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;
using MyProxy.Protocol.Frames;

// FsCheck supplies the arguments of [Property] methods; the NUnit analyzer cannot see that.
#pragma warning disable NUnit1027

namespace MyProxy.Protocol.Tests.Frames;

public class FramePropertyTests
{
    private static readonly ProtocolLimits SmallLimits = new() { MaxCertificates = 255, MaxCertificateBytes = 4096, MaxMessageBytes = 4096 };

    [Property(MaxTest = 500)]
    public void Decoders_RandomBytes_ThrowOnlyProtocolExceptions(byte[] data, bool chainPrefix, bool isFinalBlock)
    {
        var bytes = chainPrefix ? TestDer.Concat([2, 0x30], data ?? []) : data ?? [];

        OnlyProtocolErrors(() => DecodeChain(bytes, isFinalBlock));
        OnlyProtocolErrors(() => DecodeDer(bytes, isFinalBlock));
        OnlyProtocolErrors(() => DecodeCredential(bytes, isFinalBlock));
        OnlyProtocolErrors(() => AuthorizationReply.Decode(bytes));
        OnlyProtocolErrors(() => CertificateAuthorizationPayload.Decode(bytes, SmallLimits));
    }

    [Property(MaxTest = 300)]
    public void SaslDecoders_RandomText_ThrowOnlyProtocolExceptions(string? text)
    {
        var data = text ?? string.Empty;

        OnlyProtocolErrors(() => SaslAuthorization.DecodeChallenge(data));
        OnlyProtocolErrors(() => SaslAuthorization.DecodeMechanisms(data));
        OnlyProtocolErrors(() => CredentialPemPayload.Parse(data));
    }

    [Property(MaxTest = 200)]
    public void ChainFrame_RandomContents_RoundTripsThroughOneByteSegments(byte[][] contents)
    {
        var certificates = (contents ?? []).Where(c => c is not null).Take(20).Select(c => (ReadOnlyMemory<byte>)Wrap(c)).ToArray();
        if (certificates.Length == 0)
        {
            return;
        }

        var trailer = new byte[] { (byte)'V', 0x00 };
        var buffer = TestDer.Segmented(TestDer.Concat(CertificateChainFrame.Encode(certificates), trailer));

        var status = new CertificateChainDecoder(SmallLimits).Decode(ref buffer, out var frame);

        Assert.That(status, Is.EqualTo(BinaryFrameStatus.Complete));
        Assert.That(frame!.Certificates.Select(c => c.ToArray()), Is.EqualTo(certificates.Select(c => c.ToArray())));
        Assert.That(buffer.ToArray(), Is.EqualTo(trailer));
    }

    private static byte[] Wrap(byte[] content) => TestDer.Concat(TestDer.Header(content.Length), content);

    private static void DecodeChain(byte[] bytes, bool isFinalBlock)
    {
        var buffer = TestDer.Segmented(bytes, 2);
        _ = new CertificateChainDecoder(SmallLimits).Decode(ref buffer, isFinalBlock, out _);
    }

    private static void DecodeDer(byte[] bytes, bool isFinalBlock)
    {
        var buffer = new ReadOnlySequence<byte>(bytes);
        _ = new DerMessageDecoder(SmallLimits).Decode(ref buffer, isFinalBlock, out _);
    }

    private static void DecodeCredential(byte[] bytes, bool isFinalBlock)
    {
        var buffer = new ReadOnlySequence<byte>(bytes);
        _ = new CredentialPemPayloadDecoder(SmallLimits).Decode(ref buffer, isFinalBlock, out _);
    }

    private static void OnlyProtocolErrors(Action decode)
    {
        try
        {
            decode();
        }
        catch (MyProxyProtocolException)
        {
            // The one failure a decoder may report.
        }
    }
}
