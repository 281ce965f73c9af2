using System.Buffers;
using MyProxy.Protocol.Frames;

namespace MyProxy.Protocol.Tests.Frames;

public class CertificateChainFrameTests
{
    [Test]
    public void Encode_TwoCertificates_WritesCountThenEachDer()
    {
        var a = TestDer.Sequence(3, 0xAA);
        var b = TestDer.Sequence(2, 0xBB);

        var bytes = CertificateChainFrame.Encode([a, b]);

        Assert.That(bytes, Is.EqualTo(new byte[] { 0x02, 0x30, 0x03, 0xAA, 0xAA, 0xAA, 0x30, 0x02, 0xBB, 0xBB }));
    }

    [Test]
    public void Encode_ThenDecode_RoundTrips()
    {
        var certs = new[] { TestDer.Sequence(10, 1), TestDer.Sequence(200, 2), TestDer.Sequence(300, 3) };
        var buffer = new ReadOnlySequence<byte>(CertificateChainFrame.Encode(certs.Select(c => (ReadOnlyMemory<byte>)c).ToArray()));

        _ = new CertificateChainDecoder().TryDecode(ref buffer, out var frame);

        Assert.That(frame!.Certificates.Select(c => c.ToArray()), Is.EqualTo(certs));
    }

    [Test]
    public void Encode_NoCertificates_Throws()
    {
        Assert.Throws<MyProxyProtocolException>(() => CertificateChainFrame.Encode([]));
    }

    [Test]
    public void Encode_256Certificates_Throws()
    {
        var certs = Enumerable.Repeat((ReadOnlyMemory<byte>)TestDer.Sequence(1), 256).ToArray();

        Assert.Throws<MyProxyProtocolException>(() => CertificateChainFrame.Encode(certs));
    }

    [Test]
    public void Encode_255Certificates_WritesCount255()
    {
        var certs = Enumerable.Repeat((ReadOnlyMemory<byte>)TestDer.Sequence(1), 255).ToArray();

        var bytes = CertificateChainFrame.Encode(certs);

        Assert.That(bytes[0], Is.EqualTo(255));
        Assert.That(bytes, Has.Length.EqualTo(1 + (255 * 3)));
    }

    [Test]
    public void Encode_ItemLongerThanItsHeaderClaims_Throws()
    {
        var der = TestDer.Concat(TestDer.Sequence(4), [0x00]);

        Assert.Throws<MyProxyProtocolException>(() => CertificateChainFrame.Encode([der]));
    }

    [Test]
    public void Encode_ItemShorterThanItsHeaderClaims_Throws()
    {
        var der = TestDer.Sequence(300)[..100];

        Assert.Throws<MyProxyProtocolException>(() => CertificateChainFrame.Encode([der]));
    }

    [Test]
    public void Encode_ItemNotASequence_Throws()
    {
        Assert.Throws<MyProxyProtocolException>(() => CertificateChainFrame.Encode([new byte[] { 0x04, 0x01, 0x00 }]));
    }

    [Test]
    public void Encode_EmptyItem_Throws()
    {
        Assert.Throws<MyProxyProtocolException>(() => CertificateChainFrame.Encode([ReadOnlyMemory<byte>.Empty]));
    }

    [Test]
    public void Encode_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => CertificateChainFrame.Encode(null!));
    }

    [Test]
    public void Constructor_CopiesTheCallersBytes()
    {
        var der = TestDer.Sequence(2, 0x11);
        var frame = new CertificateChainFrame([der]);

        der[2] = 0xFF;

        Assert.That(frame.Certificates[0].Span[2], Is.EqualTo(0x11));
    }

    [Test]
    public void WriteTo_ShortDestination_ThrowsArgument()
    {
        var frame = new CertificateChainFrame([TestDer.Sequence(5)]);

        Assert.Throws<ArgumentException>(() => frame.WriteTo(new byte[6]));
    }

    [Test]
    public void ToString_ReportsCountAndSize()
    {
        var frame = new CertificateChainFrame([TestDer.Sequence(5)]);

        Assert.That(frame.ToString(), Is.EqualTo("CertificateChainFrame { Certificates = 1, Bytes = 8 }"));
    }
}
