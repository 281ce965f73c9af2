using MyProxy.Transport.Net;

namespace MyProxy.Transport.Tests.Net;

public sealed class LeadingNulSkipperTests
{
    private static readonly MyProxyEndpoint Endpoint = new("myproxy.example.org");

    private static Task<(byte[] Bytes, int Skipped)> ReadAllAsync(params byte[][] chunks) => ReadAllAsync(1024, chunks);

    private static async Task<(byte[] Bytes, int Skipped)> ReadAllAsync(long limit, params byte[][] chunks)
    {
        using var stream = new ScriptedStream(chunks);
        var skipper = new LeadingNulSkipper(stream, new NulPadding(limit, Endpoint));
        var result = new List<byte>();
        var buffer = new byte[64];
        int read;
        while ((read = await skipper.ReadAsync(buffer, CancellationToken.None)) > 0)
        {
            result.AddRange(buffer.AsSpan(0, read).ToArray());
        }

        return ([.. result], skipper.SkippedCount);
    }

    [Test]
    public async Task ReadAsync_OneLeadingNulInItsOwnRecord_IsSkipped()
    {
        var (bytes, skipped) = await ReadAllAsync([0], "VERSION=X\0"u8.ToArray());

        Assert.That((bytes, skipped), Is.EqualTo(("VERSION=X\0"u8.ToArray(), 1)));
    }

    [Test]
    public async Task ReadAsync_NulGluedToTheResponse_IsSkipped()
    {
        var (bytes, _) = await ReadAllAsync("\0\0VERSION"u8.ToArray());

        Assert.That(bytes, Is.EqualTo("VERSION"u8.ToArray()));
    }

    [Test]
    public async Task ReadAsync_NulsAfterTheFirstByte_AreKept()
    {
        var (bytes, _) = await ReadAllAsync("A\0"u8.ToArray(), [0, 0], "B"u8.ToArray());

        Assert.That(bytes, Is.EqualTo("A\0\0\0B"u8.ToArray()));
    }

    [Test]
    public async Task ReadAsync_OnlyNulsThenEnd_ReturnsNothing()
    {
        var (bytes, skipped) = await ReadAllAsync([0], [0, 0]);

        Assert.That((bytes.Length, skipped), Is.EqualTo((0, 3)));
    }

    [Test]
    public async Task ReadAsync_NoNuls_PassesEverythingThrough()
    {
        var (bytes, skipped) = await ReadAllAsync("VERSION=MYPROXYv2\n"u8.ToArray());

        Assert.That((bytes, skipped), Is.EqualTo(("VERSION=MYPROXYv2\n"u8.ToArray(), 0)));
    }

    [Test]
    public async Task ReadAsync_MoreLeadingNulsThanTheLimit_ThrowsProtocolException()
    {
        var exception = await Assert.ThrowsAsync<MyProxyProtocolException>(() => ReadAllAsync(4, [0, 0, 0], [0, 0], "VERSION"u8.ToArray()));

        Assert.That(exception!.Message, Does.Contain("more than 4 NUL bytes").And.Contain("myproxy.example.org"));
    }

    [Test]
    public async Task ReadAsync_LeadingNulsUpToTheLimit_AreSkipped()
    {
        var (bytes, skipped) = await ReadAllAsync(4, [0, 0], [0, 0], "V"u8.ToArray());

        Assert.That((bytes, skipped), Is.EqualTo(("V"u8.ToArray(), 4)));
    }
}
