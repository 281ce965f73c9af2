using Org.BouncyCastle.Tls;

namespace MyProxy.Samples.Delegation.Tls;

/// <summary>
/// The plaintext side of a BouncyCastle TLS connection, either end: the protocol runs in non-blocking mode and
/// this stream moves its records over the transport asynchronously, so no thread waits on a socket.
/// </summary>
/// <remarks>
/// Kestrel hands a connection middleware two pipes, HttpClient's connect callback one socket: hence a reader and a
/// writer. HTTP reads ahead while it writes, and the protocol object is not thread-safe, so one gate guards it.
/// </remarks>
internal sealed class TlsProtocolStream : Stream
{
    private const int RecordSize = 16 * 1024 + 2048;

    private readonly TlsProtocol _protocol;
    private readonly Stream _transportIn;
    private readonly Stream _transportOut;
    private readonly byte[] _received = new byte[RecordSize];
    private readonly byte[] _toSend = new byte[RecordSize];
    private readonly SemaphoreSlim _gate = new(1, 1);

    public TlsProtocolStream(TlsProtocol protocol, Stream transportIn, Stream transportOut)
    {
        _protocol = protocol;
        _transportIn = transportIn;
        _transportOut = transportOut;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>Runs the handshake that <paramref name="start"/> began (<c>Connect</c> or <c>Accept</c>) to its end.</summary>
    public async Task HandshakeAsync(Action<TlsProtocol> start, CancellationToken cancellationToken)
    {
        await GuardedAsync(() => start(_protocol), cancellationToken);
        while (_protocol.IsHandshaking)
        {
            if (!await PumpAsync(cancellationToken))
            {
                throw new IOException("the peer closed the connection during the TLS handshake");
            }
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            await _gate.WaitAsync(cancellationToken);
            try
            {
                if (_protocol.GetAvailableInputBytes() > 0)
                {
                    return TakePlaintext(buffer.Span);
                }

                if (_protocol.IsClosed)
                {
                    return 0;
                }
            }
            finally
            {
                _gate.Release();
            }

            if (!await PumpAsync(cancellationToken))
            {
                return 0;
            }
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var plain = buffer.ToArray();
        await GuardedAsync(() => _protocol.WriteApplicationData(plain, 0, plain.Length), cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override Task FlushAsync(CancellationToken cancellationToken) => _transportOut.FlushAsync(cancellationToken);

    public override void Flush() => _transportOut.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("TLS reads are asynchronous only.");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("TLS writes are asynchronous only.");

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override async ValueTask DisposeAsync()
    {
        try
        {
            if (!_protocol.IsClosed && !_protocol.IsHandshaking)
            {
                using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await GuardedAsync(_protocol.Close, grace.Token);
            }
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            // The peer may have gone first; close_notify is a courtesy.
        }

        await _transportIn.DisposeAsync();
        await _transportOut.DisposeAsync();
        _gate.Dispose();
        await base.DisposeAsync();
    }

    // Feeds the protocol one read of records and sends whatever it answers; false at the end of the transport.
    private async Task<bool> PumpAsync(CancellationToken cancellationToken)
    {
        var read = await _transportIn.ReadAsync(_received, cancellationToken);
        if (read == 0)
        {
            return false;
        }

        await GuardedAsync(() => _protocol.OfferInput(_received, 0, read), cancellationToken);
        return true;
    }

    private int TakePlaintext(Span<byte> destination)
    {
        if (destination.IsEmpty)
        {
            return 0;
        }

        var chunk = new byte[Math.Min(destination.Length, _protocol.GetAvailableInputBytes())];
        var read = _protocol.ReadInput(chunk, 0, chunk.Length);
        chunk.AsSpan(0, read).CopyTo(destination);
        return read;
    }

    // Runs one protocol step under the gate and sends the records it produced, also when it failed: the fatal
    // alert BouncyCastle queued then tells the peer why.
    private async Task GuardedAsync(Action step, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            try
            {
                step();
            }
            finally
            {
                await FlushRecordsAsync(cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task FlushRecordsAsync(CancellationToken cancellationToken)
    {
        int pending;
        while ((pending = _protocol.GetAvailableOutputBytes()) > 0)
        {
            var count = _protocol.ReadOutput(_toSend, 0, Math.Min(pending, _toSend.Length));
            await _transportOut.WriteAsync(_toSend.AsMemory(0, count), cancellationToken);
        }

        await _transportOut.FlushAsync(cancellationToken);
    }
}
