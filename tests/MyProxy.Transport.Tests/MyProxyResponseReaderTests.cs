using System.Buffers;
using System.Net.Security;
using System.Security.Authentication;
using MyProxy.Protocol.Frames;
using MyProxy.Protocol.Responses;
using MyProxy.Transport.Net;
using MyProxy.Transport.Tests.Net;

namespace MyProxy.Transport.Tests;

public sealed class MyProxyResponseReaderTests
{
    private static TlsConnection Over(params byte[][] chunks) =>
        new(new MyProxyEndpoint("localhost"), new ScriptedStream(chunks), new TlsSessionInfo([], SslProtocols.Tls13, TlsCipherSuite.TLS_AES_256_GCM_SHA384), TimeSpan.FromSeconds(30));

    [Test]
    public async Task ReadResponseAsync_ResponseSplitAcrossReads_DecodesIt()
    {
        await using var connection = Over([0], "VERSION=MYPROXYv2\nRESP"u8.ToArray(), "ONSE=0\n\0"u8.ToArray());

        var response = await new MyProxyResponseReader(connection).ReadResponseAsync(CancellationToken.None);

        Assert.That(response.Code, Is.EqualTo(MyProxyResponseCode.Ok));
    }

    [Test]
    public async Task ReadResponseAsync_BytesAfterTheResponse_StayPending()
    {
        await using var connection = Over("VERSION=MYPROXYv2\nRESPONSE=0\n\0\u0001\u0002"u8.ToArray());
        var reader = new MyProxyResponseReader(connection);

        await reader.ReadResponseAsync(CancellationToken.None);

        Assert.That(reader.Pending.ToArray(), Is.EqualTo(new byte[] { 1, 2 }));
    }

    [Test]
    public async Task ReadResponseAsync_ClosedInsideTheResponse_ThrowsProtocolException()
    {
        await using var connection = Over("VERSION=MYPROXYv2\n"u8.ToArray());

        var exception = await Assert.ThrowsAsync<MyProxyProtocolException>(() => new MyProxyResponseReader(connection).ReadResponseAsync(CancellationToken.None));

        Assert.That(exception!.Message, Does.Contain("in the middle of a response"));
    }

    [Test]
    public async Task ReadResponseAsync_MoreNulsThanAMessageBetweenResponses_ThrowsProtocolException()
    {
        var flood = new byte[ProtocolLimits.Default.MaxMessageBytes + 1];
        await using var connection = Over("VERSION=MYPROXYv2\nRESPONSE=0\n\0"u8.ToArray(), flood, "VERSION=MYPROXYv2\nRESPONSE=0\n\0"u8.ToArray());
        var reader = new MyProxyResponseReader(connection);
        await reader.ReadResponseAsync(CancellationToken.None);

        var exception = await Assert.ThrowsAsync<MyProxyProtocolException>(() => reader.ReadResponseAsync(CancellationToken.None));

        Assert.That(exception!.Message, Does.Contain("NUL bytes and no message"));
    }

    [Test]
    public async Task ReadResponseAsync_AFewNulsBetweenResponses_DecodesTheNext()
    {
        await using var connection = Over("VERSION=MYPROXYv2\nRESPONSE=0\n\0"u8.ToArray(), new byte[16], "VERSION=MYPROXYv2\nRESPONSE=1\nERROR=no\n\0"u8.ToArray());
        var reader = new MyProxyResponseReader(connection);
        await reader.ReadResponseAsync(CancellationToken.None);

        var response = await reader.ReadResponseAsync(CancellationToken.None);

        Assert.That(response.Code, Is.EqualTo(MyProxyResponseCode.Error));
    }

    [Test]
    public async Task ReadFrameAsync_FrameSplitAcrossReads_DecodesItAndKeepsWhatFollows()
    {
        await using var connection = Over([0], [1, 2], [3, 4, 9]);
        var reader = new MyProxyResponseReader(connection);

        var frame = await reader.ReadFrameAsync<byte[]>(FourBytes, "four bytes", CancellationToken.None);

        Assert.That(frame, Is.EqualTo(new byte[] { 1, 2, 3, 4 }));
        Assert.That(reader.Pending.ToArray(), Is.EqualTo(new byte[] { 9 }));
    }

    [Test]
    public async Task ReadFrameAsync_ErrorResponseInstead_ThrowsServerExceptionWithItsText()
    {
        await using var connection = Over("VERSION=MYPROXYv2\nRESPONSE=1\nERROR=no such credential\n\0"u8.ToArray());

        var exception = await Assert.ThrowsAsync<MyProxyServerException>(() => new MyProxyResponseReader(connection).ReadFrameAsync<byte[]>(FourBytes, "four bytes", CancellationToken.None));

        Assert.That(exception!.ServerErrors, Is.EqualTo(new[] { "no such credential" }));
    }

    [Test]
    public async Task ReadFrameAsync_OkResponseInstead_ThrowsProtocolException()
    {
        await using var connection = Over("VERSION=MYPROXYv2\nRESPONSE=0\n\0"u8.ToArray());

        var exception = await Assert.ThrowsAsync<MyProxyProtocolException>(() => new MyProxyResponseReader(connection).ReadFrameAsync<byte[]>(FourBytes, "four bytes", CancellationToken.None));

        Assert.That(exception!.Message, Does.Contain("sent an OK response where four bytes was expected"));
    }

    [Test]
    public async Task ReadFrameAsync_ClosedBeforeTheFrame_ThrowsProtocolException()
    {
        await using var connection = Over([0], [1, 2]);

        var exception = await Assert.ThrowsAsync<MyProxyProtocolException>(() => new MyProxyResponseReader(connection).ReadFrameAsync<byte[]>(FourBytes, "four bytes", CancellationToken.None));

        Assert.That(exception!.Message, Does.Contain("closed the connection before sending four bytes"));
    }

    // A frame of exactly four bytes; a 'V' starts a text message instead.
    private static BinaryFrameStatus FourBytes(ref ReadOnlySequence<byte> buffer, bool isFinalBlock, out byte[]? frame)
    {
        frame = null;
        if (buffer.Length > 0 && buffer.FirstSpan[0] == (byte)'V')
        {
            return BinaryFrameStatus.ServerMessage;
        }

        if (buffer.Length < 4)
        {
            return BinaryFrameStatus.NeedMoreData;
        }

        frame = buffer.Slice(0, 4).ToArray();
        buffer = buffer.Slice(4);
        return BinaryFrameStatus.Complete;
    }
}
