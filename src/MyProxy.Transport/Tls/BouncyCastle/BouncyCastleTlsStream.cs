using Org.BouncyCastle.Tls;

namespace MyProxy.Transport.Tls.BouncyCastle;

/// <summary>
/// BouncyCastle's TLS in non-blocking mode driven by asynchronous I/O on the network stream, so that every read
/// and write is cancellable (the blocking mode would hold a thread and ignore cancellation).
/// </summary>
internal sealed class BouncyCastleTlsStream : Stream
{
    private const int ChunkSize = 16 * 1024 + 2048;

    private readonly Stream _network;
    private readonly TlsClientProtocol _protocol = new();
    private readonly byte[] _input = new byte[ChunkSize];
    private readonly byte[] _output = new byte[ChunkSize];
    private readonly byte[] _plain = new byte[ChunkSize];
    private bool _endOfStream;

    public BouncyCastleTlsStream(Stream network)
    {
        _network = network;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public TlsClientProtocol Protocol => _protocol;

    public async Task HandshakeAsync(TlsClient client, CancellationToken cancellationToken)
    {
        _protocol.Connect(client);
        await SendPendingAsync(cancellationToken).ConfigureAwait(false);
        while (_protocol.IsHandshaking)
        {
            if (!await ReceiveAsync(cancellationToken).ConfigureAwait(false))
            {
                throw new IOException("the server closed the connection during the TLS handshake");
            }
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        while (_protocol.GetAvailableInputBytes() == 0)
        {
            if (_endOfStream || _protocol.IsClosed || !await ReceiveAsync(cancellationToken).ConfigureAwait(false))
            {
                _endOfStream = true;
                return 0;
            }
        }

        var count = Math.Min(buffer.Length, Math.Min(_protocol.GetAvailableInputBytes(), _plain.Length));
        var read = _protocol.ReadInput(_plain, 0, count);
        _plain.AsSpan(0, read).CopyTo(buffer.Span);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var bytes = buffer.ToArray();
        _protocol.WriteApplicationData(bytes, 0, bytes.Length);
        await SendPendingAsync(cancellationToken).ConfigureAwait(false);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override Task FlushAsync(CancellationToken cancellationToken) => _network.FlushAsync(cancellationToken);

    public override void Flush() => _network.Flush();

    public override int Read(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("Use ReadAsync: reads are asynchronous so that they can time out.");

    public override void Write(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("Use WriteAsync: writes are asynchronous so that they can time out.");

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override async ValueTask DisposeAsync()
    {
        try
        {
            if (!_protocol.IsClosed && !_protocol.IsHandshaking)
            {
                // close_notify, best effort: the server may already be gone.
                _protocol.Close();
                using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await SendPendingAsync(deadline.Token).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // Closing a connection the peer already dropped is not an error.
        }

        await _network.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _network.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task<bool> ReceiveAsync(CancellationToken cancellationToken)
    {
        var read = await _network.ReadAsync(_input, cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            return false;
        }

        try
        {
            _protocol.OfferInput(_input, 0, read);
        }
        catch (IOException)
        {
            await SendAlertAsync().ConfigureAwait(false);
            throw;
        }

        await SendPendingAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    // The fatal alert BouncyCastle queued when it refused the input tells the server why; best effort.
    private async Task SendAlertAsync()
    {
        try
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await SendPendingAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The original failure is what matters.
        }
    }

    private async Task SendPendingAsync(CancellationToken cancellationToken)
    {
        int available;
        while ((available = _protocol.GetAvailableOutputBytes()) > 0)
        {
            var count = _protocol.ReadOutput(_output, 0, Math.Min(available, _output.Length));
            await _network.WriteAsync(_output.AsMemory(0, count), cancellationToken).ConfigureAwait(false);
        }

        await _network.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
