using System.Buffers;
using System.Text;
using MyProxy.Protocol.Frames;

namespace MyProxy.Protocol.Tests.Frames;

public class CertificateChainDecoderTests
{
    private static readonly byte[] FinalOk = Encoding.ASCII.GetBytes("VERSION=MYPROXYv2\nRESPONSE=0\n\0");

    private CertificateChainDecoder _decoder = null!;

    [SetUp]
    public void SetUp()
    {
        _decoder = new CertificateChainDecoder();
    }

    [Test]
    public void TryDecode_A9GoldenLayout_SplitsAtDocumentedOffsets()
    {
        var certs = new[] { TestDer.Sequence(895), TestDer.Sequence(853), TestDer.Sequence(900) };
        var bytes = TestDer.Concat([3], certs[0], certs[1], certs[2]);
        Assert.That(bytes, Has.Length.EqualTo(2661));
        Assert.That(bytes.AsSpan(0, 5).ToArray(), Is.EqualTo(new byte[] { 0x03, 0x30, 0x82, 0x03, 0x7f }));
        Assert.That(bytes.AsSpan(900, 4).ToArray(), Is.EqualTo(new byte[] { 0x30, 0x82, 0x03, 0x55 }));
        Assert.That(bytes.AsSpan(1757, 4).ToArray(), Is.EqualTo(new byte[] { 0x30, 0x82, 0x03, 0x84 }));
        var buffer = new ReadOnlySequence<byte>(bytes);

        var ok = _decoder.TryDecode(ref buffer, out var frame);

        Assert.That(ok, Is.True);
        Assert.That(frame!.Certificates.Select(c => c.Length), Is.EqualTo(new[] { 899, 857, 904 }));
        Assert.That(buffer.IsEmpty, Is.True);
    }

    [TestCase(10)]
    [TestCase(127)]
    [TestCase(128)]
    [TestCase(200)]
    [TestCase(255)]
    [TestCase(256)]
    [TestCase(300)]
    [TestCase(65532)]
    public void TryDecode_SingleCertificateOfContentLength_ReturnsItWhole(int contentLength)
    {
        var cert = TestDer.Sequence(contentLength);
        var buffer = new ReadOnlySequence<byte>(TestDer.Concat([1], cert));

        var ok = _decoder.TryDecode(ref buffer, out var frame);

        Assert.That(ok, Is.True);
        Assert.That(frame!.Certificates[0].ToArray(), Is.EqualTo(cert));
    }

    [Test]
    public void TryDecode_ThreeByteLengthForm_ReturnsCertificateWhenLimitAllows()
    {
        var decoder = new CertificateChainDecoder(new ProtocolLimits { MaxCertificateBytes = 100_000 });
        var cert = TestDer.Sequence(70000);
        Assert.That(cert[1], Is.EqualTo(0x83));
        var buffer = new ReadOnlySequence<byte>(TestDer.Concat([1], cert));

        var ok = decoder.TryDecode(ref buffer, out var frame);

        Assert.That(ok, Is.True);
        Assert.That(frame!.Certificates[0].Length, Is.EqualTo(70005));
    }

    [Test]
    public void TryDecode_FourByteLengthFormWithinLimit_WaitsForTheContent()
    {
        var decoder = new CertificateChainDecoder(new ProtocolLimits { MaxCertificateBytes = int.MaxValue });
        var buffer = new ReadOnlySequence<byte>(new byte[] { 1, 0x30, 0x84, 0x01, 0x00, 0x00, 0x00, 0x5A });

        var ok = decoder.TryDecode(ref buffer, out var frame);

        Assert.That(ok, Is.False);
        Assert.That(frame, Is.Null);
        Assert.That(buffer.Length, Is.EqualTo(8));
    }

    [Test]
    public void TryDecode_MixedLengthForms_ReturnsEachCertificateInOrder()
    {
        var certs = new[] { TestDer.Sequence(10, 1), TestDer.Sequence(200, 2), TestDer.Sequence(300, 3) };
        var buffer = new ReadOnlySequence<byte>(TestDer.Concat([3], certs[0], certs[1], certs[2]));

        _ = _decoder.TryDecode(ref buffer, out var frame);

        Assert.That(frame!.Certificates.Select(c => c.ToArray()), Is.EqualTo(certs));
    }

    [Test]
    public void TryDecode_OneByteSegments_DecodesSameAsContiguous()
    {
        var certs = new[] { TestDer.Sequence(10, 1), TestDer.Sequence(200, 2), TestDer.Sequence(300, 3) };
        var bytes = TestDer.Concat([3], certs[0], certs[1], certs[2], FinalOk);
        var buffer = TestDer.Segmented(bytes);

        var ok = _decoder.TryDecode(ref buffer, out var frame);

        Assert.That(ok, Is.True);
        Assert.That(frame!.Certificates.Select(c => c.ToArray()), Is.EqualTo(certs));
        Assert.That(buffer.ToArray(), Is.EqualTo(FinalOk));
    }

    [Test]
    public void TryDecode_ChainFollowedByFinalOk_LeavesTheTextInTheBuffer()
    {
        var buffer = new ReadOnlySequence<byte>(TestDer.Concat([1], TestDer.Sequence(20), FinalOk));

        _ = _decoder.TryDecode(ref buffer, out _);

        Assert.That(buffer.ToArray(), Is.EqualTo(FinalOk));
    }

    [Test]
    public void TryDecode_TruncatedAtEveryOffset_ReturnsFalseAndConsumesNothing()
    {
        var bytes = TestDer.Concat([2], TestDer.Sequence(10), TestDer.Sequence(300));
        for (var length = 0; length < bytes.Length; length++)
        {
            var buffer = TestDer.Segmented(bytes[..length], 3);

            var ok = _decoder.TryDecode(ref buffer, out var frame);

            Assert.That(ok, Is.False, $"length {length}");
            Assert.That(frame, Is.Null);
            Assert.That(buffer.Length, Is.EqualTo(length));
        }
    }

    [Test]
    public void TryDecode_CompleteAfterGrowing_ReturnsTrue()
    {
        var bytes = TestDer.Concat([1], TestDer.Sequence(200));
        var partial = new ReadOnlySequence<byte>(bytes, 0, 100);
        var full = new ReadOnlySequence<byte>(bytes);

        var first = _decoder.TryDecode(ref partial, out _);
        var second = _decoder.TryDecode(ref full, out var frame);

        Assert.That(first, Is.False);
        Assert.That(second, Is.True);
        Assert.That(frame!.Certificates, Has.Count.EqualTo(1));
    }

    [Test]
    public void Decode_FinalBlockTruncated_Throws()
    {
        var bytes = TestDer.Concat([2], TestDer.Sequence(10));
        var buffer = new ReadOnlySequence<byte>(bytes);

        Assert.Throws<MyProxyProtocolException>(() => _decoder.Decode(ref buffer, isFinalBlock: true, out _));
    }

    [Test]
    public void Decode_FinalBlockEmpty_Throws()
    {
        var buffer = ReadOnlySequence<byte>.Empty;

        Assert.Throws<MyProxyProtocolException>(() => _decoder.Decode(ref buffer, isFinalBlock: true, out _));
    }

    [Test]
    public void TryDecode_ZeroCertificates_Throws()
    {
        var buffer = new ReadOnlySequence<byte>(new byte[] { 0 });

        var ex = Assert.Throws<MyProxyProtocolException>(() => _decoder.TryDecode(ref buffer, out _));

        Assert.That(ex.Message, Does.Contain("0 certificates"));
    }

    [Test]
    public void TryDecode_CountAboveLimit_Throws()
    {
        var buffer = new ReadOnlySequence<byte>(new byte[] { 33 });

        var ex = Assert.Throws<MyProxyProtocolException>(() => _decoder.TryDecode(ref buffer, out _));

        Assert.That(ex.Message, Does.Contain("MaxCertificates"));
    }

    [Test]
    public void TryDecode_CountAtLimit_Accepted()
    {
        var decoder = new CertificateChainDecoder(new ProtocolLimits { MaxCertificates = 2 });
        var buffer = new ReadOnlySequence<byte>(TestDer.Concat([2], TestDer.Sequence(3), TestDer.Sequence(4)));

        Assert.That(decoder.TryDecode(ref buffer, out _), Is.True);
    }

    [Test]
    public void TryDecode_BadTag_Throws()
    {
        var buffer = new ReadOnlySequence<byte>(new byte[] { 1, 0x31, 0x02, 0, 0 });

        Assert.Throws<MyProxyProtocolException>(() => _decoder.TryDecode(ref buffer, out _));
    }

    [Test]
    public void TryDecode_BadTagOnSecondCertificate_Throws()
    {
        var buffer = new ReadOnlySequence<byte>(TestDer.Concat([2], TestDer.Sequence(5), [0x04, 0x01, 0x00]));

        Assert.Throws<MyProxyProtocolException>(() => _decoder.TryDecode(ref buffer, out _));
    }

    [Test]
    public void TryDecode_BadTagWithOnlyTagByteAvailable_ThrowsEarly()
    {
        var buffer = new ReadOnlySequence<byte>(new byte[] { 1, 0x02 });

        Assert.Throws<MyProxyProtocolException>(() => _decoder.TryDecode(ref buffer, out _));
    }

    [Test]
    public void TryDecode_IndefiniteLength_Throws()
    {
        var buffer = new ReadOnlySequence<byte>(new byte[] { 1, 0x30, 0x80, 0x00, 0x00 });

        var ex = Assert.Throws<MyProxyProtocolException>(() => _decoder.TryDecode(ref buffer, out _));

        Assert.That(ex.Message, Does.Contain("indefinite"));
    }

    [Test]
    public void TryDecode_FiveLengthOctets_Throws()
    {
        var buffer = new ReadOnlySequence<byte>(new byte[] { 1, 0x30, 0x85, 1, 0, 0, 0, 0 });

        Assert.Throws<MyProxyProtocolException>(() => _decoder.TryDecode(ref buffer, out _));
    }

    [Test]
    public void TryDecode_NonMinimalLength_Throws()
    {
        var buffer = new ReadOnlySequence<byte>(new byte[] { 1, 0x30, 0x81, 0x05, 0, 0, 0, 0, 0 });

        Assert.Throws<MyProxyProtocolException>(() => _decoder.TryDecode(ref buffer, out _));
    }

    [Test]
    public void TryDecode_CertificateOverLimit_ThrowsFromHeaderAlone()
    {
        var header = TestDer.Header(65536);
        var buffer = new ReadOnlySequence<byte>(TestDer.Concat([1], header));

        var ex = Assert.Throws<MyProxyProtocolException>(() => _decoder.TryDecode(ref buffer, out _));

        Assert.That(ex.Message, Does.Contain("MaxCertificateBytes"));
    }

    [Test]
    public void TryDecode_ServerErrorText_ThrowsUnexpectedServerMessageAndConsumesNothing()
    {
        var text = Encoding.ASCII.GetBytes("VERSION=MYPROXYv2\nRESPONSE=1\nERROR=Unable to delegate credentials.\n\0");
        var buffer = new ReadOnlySequence<byte>(text);

        Assert.Throws<UnexpectedServerMessageException>(() => _decoder.TryDecode(ref buffer, out _));
        Assert.That(buffer.Length, Is.EqualTo(text.Length));
    }

    [Test]
    public void Decode_ServerErrorText_ReportsServerMessageAndConsumesNothing()
    {
        var buffer = new ReadOnlySequence<byte>(FinalOk);

        var status = _decoder.Decode(ref buffer, out var frame);

        Assert.That(status, Is.EqualTo(BinaryFrameStatus.ServerMessage));
        Assert.That(frame, Is.Null);
        Assert.That(buffer.Length, Is.EqualTo(FinalOk.Length));
    }

    [Test]
    public void Decode_EmptyBuffer_NeedsMoreData()
    {
        var buffer = ReadOnlySequence<byte>.Empty;

        Assert.That(_decoder.Decode(ref buffer, out _), Is.EqualTo(BinaryFrameStatus.NeedMoreData));
    }

    [Test]
    public void TryDecode_DecodedCertificates_AreCopiesOfTheBuffer()
    {
        var bytes = TestDer.Concat([1], TestDer.Sequence(4, 7));
        var buffer = new ReadOnlySequence<byte>(bytes);

        _ = _decoder.TryDecode(ref buffer, out var frame);
        bytes[3] = 0xFF;

        Assert.That(frame!.Certificates[0].Span[2], Is.EqualTo(7));
    }

    [Test]
    public void TryDecode_CertificateOneByteOverLimit_Throws()
    {
        var buffer = new ReadOnlySequence<byte>(TestDer.Concat([1], TestDer.Header(65533)));

        Assert.Throws<MyProxyProtocolException>(() => _decoder.TryDecode(ref buffer, out _));
    }

    [Test]
    public void Decode_FinalBlockComplete_ReturnsComplete()
    {
        var buffer = new ReadOnlySequence<byte>(TestDer.Concat([1], TestDer.Sequence(10)));

        Assert.That(_decoder.Decode(ref buffer, isFinalBlock: true, out var frame), Is.EqualTo(BinaryFrameStatus.Complete));
        Assert.That(frame!.Certificates, Has.Count.EqualTo(1));
    }

    [Test]
    public void Decode_IncompleteNotFinal_NeedsMoreDataAndKeepsBuffer()
    {
        var bytes = TestDer.Concat([1], TestDer.Sequence(10))[..5];
        var buffer = new ReadOnlySequence<byte>(bytes);

        Assert.That(_decoder.Decode(ref buffer, out _), Is.EqualTo(BinaryFrameStatus.NeedMoreData));
        Assert.That(buffer.Length, Is.EqualTo(5));
    }

    [Test]
    public void TryDecode_255CertificatesWhenLimitAllows_ReturnsAll()
    {
        var decoder = new CertificateChainDecoder(new ProtocolLimits { MaxCertificates = 255 });
        var certs = Enumerable.Repeat((ReadOnlyMemory<byte>)TestDer.Sequence(2), 255).ToArray();
        var buffer = TestDer.Segmented(CertificateChainFrame.Encode(certs), 4);

        Assert.That(decoder.TryDecode(ref buffer, out var frame), Is.True);
        Assert.That(frame!.Certificates, Has.Count.EqualTo(255));
    }
}
