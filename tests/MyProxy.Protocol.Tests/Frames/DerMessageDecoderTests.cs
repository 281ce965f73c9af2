using System.Buffers;
using System.Text;
using MyProxy.Protocol.Frames;

namespace MyProxy.Protocol.Tests.Frames;

public class DerMessageDecoderTests
{
    private DerMessageDecoder _decoder = null!;

    [SetUp]
    public void SetUp()
    {
        _decoder = new DerMessageDecoder();
    }

    [Test]
    public void TryDecode_A9CsrSize_ReturnsWholeRequest()
    {
        var csr = TestDer.Sequence(663);
        Assert.That(csr.AsSpan(0, 4).ToArray(), Is.EqualTo(new byte[] { 0x30, 0x82, 0x02, 0x97 }));
        var buffer = new ReadOnlySequence<byte>(csr);

        var ok = _decoder.TryDecode(ref buffer, out var der);

        Assert.That(ok, Is.True);
        Assert.That(der.ToArray(), Is.EqualTo(csr));
        Assert.That(buffer.IsEmpty, Is.True);
    }

    [Test]
    public void TryDecode_OneByteSegmentsWithTrailingBytes_LeavesTrailingBytes()
    {
        var csr = TestDer.Sequence(300);
        var buffer = TestDer.Segmented(TestDer.Concat(csr, [0x01, 0x02]));

        _ = _decoder.TryDecode(ref buffer, out var der);

        Assert.That(der.ToArray(), Is.EqualTo(csr));
        Assert.That(buffer.ToArray(), Is.EqualTo(new byte[] { 0x01, 0x02 }));
    }

    [Test]
    public void TryDecode_TruncatedAtEveryOffset_ReturnsFalse()
    {
        var csr = TestDer.Sequence(200);
        for (var length = 0; length < csr.Length; length++)
        {
            var buffer = TestDer.Segmented(csr[..length], 7);

            Assert.That(_decoder.TryDecode(ref buffer, out _), Is.False, $"length {length}");
            Assert.That(buffer.Length, Is.EqualTo(length));
        }
    }

    [Test]
    public void TryDecode_ServerErrorText_ThrowsUnexpectedServerMessage()
    {
        var buffer = new ReadOnlySequence<byte>(Encoding.ASCII.GetBytes("VERSION=MYPROXYv2\nRESPONSE=1\n\0"));

        Assert.Throws<UnexpectedServerMessageException>(() => _decoder.TryDecode(ref buffer, out _));
    }

    [Test]
    public void Decode_ServerErrorText_ReportsServerMessage()
    {
        var buffer = new ReadOnlySequence<byte>(Encoding.ASCII.GetBytes("VERSION=MYPROXYv2\nRESPONSE=1\n\0"));

        Assert.That(_decoder.Decode(ref buffer, false, out _), Is.EqualTo(BinaryFrameStatus.ServerMessage));
    }

    [Test]
    public void Decode_FinalBlockTruncated_Throws()
    {
        var buffer = new ReadOnlySequence<byte>(TestDer.Sequence(50)[..20]);

        Assert.Throws<MyProxyProtocolException>(() => _decoder.Decode(ref buffer, true, out _));
    }

    [Test]
    public void TryDecode_IndefiniteLength_Throws()
    {
        var buffer = new ReadOnlySequence<byte>(new byte[] { 0x30, 0x80 });

        Assert.Throws<MyProxyProtocolException>(() => _decoder.TryDecode(ref buffer, out _));
    }

    [Test]
    public void TryDecode_OverLimit_Throws()
    {
        var decoder = new DerMessageDecoder(new ProtocolLimits { MaxCertificateBytes = 100 });
        var buffer = new ReadOnlySequence<byte>(TestDer.Header(99));

        Assert.Throws<MyProxyProtocolException>(() => decoder.TryDecode(ref buffer, out _));
    }

    [Test]
    public void TryDecode_BadTag_Throws()
    {
        var buffer = new ReadOnlySequence<byte>(new byte[] { 0xA0 });

        Assert.Throws<MyProxyProtocolException>(() => _decoder.TryDecode(ref buffer, out _));
    }

    [Test]
    public void Decode_Complete_ReturnsCompleteAndConsumes()
    {
        var buffer = new ReadOnlySequence<byte>(TestDer.Sequence(10));

        Assert.That(_decoder.Decode(ref buffer, out var der), Is.EqualTo(BinaryFrameStatus.Complete));
        Assert.That(der.Length, Is.EqualTo(12));
        Assert.That(buffer.IsEmpty, Is.True);
    }

    [Test]
    public void TryDecode_NonMinimalLength_Throws()
    {
        var buffer = new ReadOnlySequence<byte>(new byte[] { 0x30, 0x82, 0x00, 0x10 });

        Assert.Throws<MyProxyProtocolException>(() => _decoder.TryDecode(ref buffer, out _));
    }
}
