using System.Buffers;
using MyProxy.Protocol.Responses;

namespace MyProxy.Transport;

/// <summary>
/// Reads whole text responses from a connection with the Protocol decoder, keeping bytes that arrive with a
/// response (the next message or a binary frame) for the next call. Parses by content, never by read boundaries.
/// The buffer doubles as it fills (linear cost however the bytes are split), and a message timeout bounds a whole
/// message, so a server that trickles bytes or floods NULs cannot hold the reader longer than that.
/// </summary>
public sealed class MyProxyResponseReader
{
    private const int ChunkSize = 16 * 1024;

    private readonly IMyProxyConnection _connection;
    private readonly MyProxyResponseDecoder _decoder;
    private readonly TimeSpan _messageTimeout;
    private byte[] _buffer = new byte[ChunkSize];
    private int _length;

    /// <summary>Creates a reader over a connection.</summary>
    /// <param name="connection">The connection; the reader does not own it.</param>
    /// <param name="decoder">The decoder and its limits; <see cref="MyProxyResponseDecoder.Default"/> when <see langword="null"/>.</param>
    /// <param name="messageTimeout">How long one whole response may take to arrive (usually the read timeout); none when <see langword="null"/>.</param>
    public MyProxyResponseReader(IMyProxyConnection connection, MyProxyResponseDecoder? decoder = null, TimeSpan? messageTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
        _decoder = decoder ?? MyProxyResponseDecoder.Default;
        _messageTimeout = messageTimeout ?? Timeout.InfiniteTimeSpan;
    }

    /// <summary>The bytes received after the last decoded response and not yet consumed.</summary>
    public ReadOnlyMemory<byte> Pending => _buffer.AsMemory(0, _length);

    /// <summary>Reads the next whole response.</summary>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The response.</returns>
    /// <exception cref="MyProxyProtocolException">The response is malformed, or the server closed the connection inside it.</exception>
    /// <exception cref="MyProxyTimeoutException">The server went silent, or did not finish the response within the message timeout.</exception>
    /// <exception cref="MyProxyTransportException">The connection failed.</exception>
    public async Task<MyProxyResponse> ReadResponseAsync(CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_messageTimeout > TimeSpan.Zero && _messageTimeout < TimeSpan.FromDays(1))
        {
            deadline.CancelAfter(_messageTimeout);
        }

        while (true)
        {
            var decoded = _decoder.TryDecode(_buffer.AsSpan(0, _length), out var response, out var consumed);
            Consume(consumed);
            if (decoded)
            {
                return response!;
            }

            var read = await ReadMoreAsync(deadline.Token, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                throw new MyProxyProtocolException(
                    _length == 0
                        ? $"the MyProxy server {_connection.Endpoint} closed the connection without a response"
                        : $"the MyProxy server {_connection.Endpoint} closed the connection in the middle of a response");
            }

            _length += read;
        }
    }

    /// <summary>Takes and clears the pending bytes, for a caller that reads a binary frame next.</summary>
    /// <returns>The pending bytes.</returns>
    public ReadOnlySequence<byte> TakePending()
    {
        var pending = new ReadOnlySequence<byte>(_buffer.AsSpan(0, _length).ToArray());
        Array.Clear(_buffer);
        _length = 0;
        return pending;
    }

    private async Task<int> ReadMoreAsync(CancellationToken deadline, CancellationToken cancellationToken)
    {
        if (_buffer.Length - _length < ChunkSize)
        {
            var larger = new byte[Math.Max(_buffer.Length * 2, _length + ChunkSize)];
            _buffer.AsSpan(0, _length).CopyTo(larger);
            Array.Clear(_buffer);
            _buffer = larger;
        }

        try
        {
            return await _connection.ReadAsync(_buffer.AsMemory(_length, ChunkSize), deadline).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new MyProxyTimeoutException(
                $"the MyProxy server {_connection.Endpoint} did not finish sending a response within {_messageTimeout.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} s (it trickles or never ends the message); try again later or raise the timeout (MYPROXY_SOCKET_TIMEOUT, --timeout)",
                exception);
        }
    }

    private void Consume(int count)
    {
        if (count == 0)
        {
            return;
        }

        _buffer.AsSpan(count, _length - count).CopyTo(_buffer);
        _buffer.AsSpan(_length - count, count).Clear();
        _length -= count;
    }
}
