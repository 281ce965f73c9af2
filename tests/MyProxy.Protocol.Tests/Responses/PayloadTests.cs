using System.Buffers;
using MyProxy.Protocol.Responses;
using static MyProxy.Protocol.Tests.Segments;

namespace MyProxy.Protocol.Tests.Responses;

public sealed class PayloadTests
{
    private const string Pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";

    [Test]
    public void TryReadPayload_PemThenFinalOk_ReturnsThePemAndLeavesTheOk()
    {
        var buffer = Chunked(Bytes(Pem + "\0VERSION=MYPROXYv2\nRESPONSE=0\n\0"), 3);

        var complete = MyProxyResponseDecoder.Default.TryReadPayload(ref buffer, out var payload);

        Assert.That(complete, Is.True);
        Assert.That(payload, Is.EqualTo(Bytes(Pem)));
        Assert.That(MyProxyResponseDecoder.Default.TryDecode(ref buffer, out var ok), Is.True);
        Assert.That(ok!.Code, Is.EqualTo(MyProxyResponseCode.Ok));
    }

    [Test]
    public void TryReadPayload_Incomplete_NeedsMoreAndKeepsTheBytes()
    {
        var buffer = Of(Bytes(Pem));

        Assert.That(MyProxyResponseDecoder.Default.TryReadPayload(ref buffer, out var payload), Is.False);
        Assert.That(payload, Is.Null);
        Assert.That(buffer.Length, Is.EqualTo(Pem.Length));
    }

    [Test]
    public void TryReadPayload_EmptyPayload_IsOneNul()
    {
        var buffer = Of([0, 0x56]);

        MyProxyResponseDecoder.Default.TryReadPayload(ref buffer, out var payload);

        Assert.That(payload, Is.Empty);
        Assert.That(buffer.Length, Is.EqualTo(1));
    }

    [Test]
    public void TryReadPayload_OverLimit_IsRejected()
    {
        var decoder = new MyProxyResponseDecoder(new ProtocolLimits { MaxMessageBytes = 10 });
        var buffer = Of(Bytes(Pem));

        Assert.Throws<MyProxyProtocolException>(() => decoder.TryReadPayload(ref buffer, out _));
    }

    [TestCase("VERSION=MYPROXYv2\n", true)]
    [TestCase("\0\0VERSION=", true)]
    [TestCase("-----BEGIN", false)]
    [TestCase("VERSIOX", false)]
    [TestCase("VERS", null)]
    [TestCase("", null)]
    public void StartsWithMessage_TellsTextFromPayload(string start, bool? expected)
    {
        Assert.That(MyProxyResponseDecoder.StartsWithMessage(OneBytePerSegment(Bytes(start))), Is.EqualTo(expected));
    }

    [Test]
    public void StartsWithMessage_ChainFrame_IsFalse()
    {
        Assert.That(MyProxyResponseDecoder.StartsWithMessage(new ReadOnlySequence<byte>([0x03, 0x30, 0x82])), Is.False);
    }
}
