using MyProxy.Transport.Net;

namespace MyProxy.Transport.Tests.Net;

public sealed class ReceiveBufferTests
{
    [Test]
    public void FreeSpace_OneMegabyteInSmallReads_CapacityAtMostTwiceWhatIsPending()
    {
        var buffer = new ReceiveBuffer(16);
        for (var i = 0; i < 1024; i++)
        {
            buffer.FreeSpace(1024).Span.Fill((byte)i);
            buffer.Advance(1024);
        }

        Assert.That(buffer.Pending.Length, Is.EqualTo(1024 * 1024));
        Assert.That(buffer.Capacity, Is.LessThanOrEqualTo(2 * (1024 * 1024 + 1024)));
    }

    [Test]
    public void FreeSpace_AfterConsumingTheFront_CompactsInsteadOfGrowing()
    {
        var buffer = Holding(8, "abcdefgh"u8);
        buffer.Consume(6);

        buffer.FreeSpace(6);

        Assert.That(buffer.Capacity, Is.EqualTo(8));
        Assert.That(buffer.Pending.ToArray(), Is.EqualTo("gh"u8.ToArray()));
    }

    [Test]
    public void Consume_Everything_StartsAgainAtTheFront()
    {
        var buffer = Holding(4, "abcd"u8);

        buffer.Consume(4);
        buffer.FreeSpace(4);

        Assert.That(buffer.Pending.IsEmpty, Is.True);
        Assert.That(buffer.Capacity, Is.EqualTo(4));
    }

    private static ReceiveBuffer Holding(int capacity, ReadOnlySpan<byte> bytes)
    {
        var buffer = new ReceiveBuffer(capacity);
        bytes.CopyTo(buffer.FreeSpace(bytes.Length).Span);
        buffer.Advance(bytes.Length);
        return buffer;
    }
}
