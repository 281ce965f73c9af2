using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace MyProxy.Transport.Tests;

/// <summary>The reader's whole-message deadline and buffer, against a connection that never stops and never finishes.</summary>
public sealed class MyProxyResponseReaderDeadlineTests
{
    [Test]
    public async Task ReadResponseAsync_ServerTricklesWithMessageTimeout_ThrowsTimeout()
    {
        await using var connection = new EndlessConnection(1, TimeSpan.FromMilliseconds(10));
        var reader = new MyProxyResponseReader(connection, messageTimeout: TimeSpan.FromMilliseconds(300));

        var exception = await Assert.ThrowsAsync<MyProxyTimeoutException>(() => reader.ReadResponseAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.That(exception!.Message, Does.Contain("did not finish sending a response within 0.3 s"));
    }

    [Test]
    public async Task ReadResponseAsync_NulFloodWithMessageTimeout_ThrowsTimeout()
    {
        await using var connection = new EndlessConnection(4096, TimeSpan.FromMilliseconds(1), filler: 0);
        var reader = new MyProxyResponseReader(connection, messageTimeout: TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAsync<MyProxyTimeoutException>(() => reader.ReadResponseAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Test]
    public async Task ReadResponseAsync_FloodWithoutTerminator_ThrowsTooLargeAfterReadingAboutTheLimit()
    {
        await using var connection = new EndlessConnection(16 * 1024, TimeSpan.Zero);

        await Assert.ThrowsAsync<MyProxyProtocolException>(() => new MyProxyResponseReader(connection).ReadResponseAsync(CancellationToken.None));

        Assert.That(connection.Sent, Is.LessThanOrEqualTo(ProtocolLimits.Default.MaxMessageBytes + (32 * 1024)));
    }

    /// <summary>Sends <c>VERSION=</c> and then <paramref name="size"/> bytes per read, forever.</summary>
    private sealed class EndlessConnection(int size, TimeSpan delay, byte filler = (byte)'x') : IMyProxyConnection
    {
        private bool _started;

        public long Sent { get; private set; }

        public MyProxyEndpoint Endpoint { get; } = new("localhost");

        public IReadOnlyList<X509Certificate2> ServerCertificates { get; } = [];

        public SslProtocols Protocol => SslProtocols.Tls13;

        public TlsCipherSuite CipherSuite => TlsCipherSuite.TLS_AES_256_GCM_SHA384;

        public Task SendGsiDelegationFlagAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task WriteAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken) => Task.CompletedTask;

        public async Task<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, cancellationToken);
            }

            var start = _started || filler == 0 ? ReadOnlySpan<byte>.Empty : "VERSION="u8;
            _started = true;
            start.CopyTo(buffer.Span);
            var count = Math.Min(buffer.Length, start.Length + size);
            buffer.Span[start.Length..count].Fill(filler);
            Sent += count;
            return count;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
