using System.Buffers;
using MyProxy.Protocol.Responses;

namespace MyProxy.Transport;

/// <summary>
/// Reads whole text responses from a connection with the Protocol decoder, keeping bytes that arrive with a
/// response (the next message or a binary frame) for the next call. Parses by content, never by read boundaries.
/// </summary>
public sealed class MyProxyResponseReader
{
    private const int ChunkSize = 16 * 1024;

    private readonly IMyProxyConnection _connection;
    private readonly MyProxyResponseDecoder _decoder;
    private byte[] _pending = [];

    /// <summary>Creates a reader over a connection.</summary>
    /// <param name="connection">The connection; the reader does not own it.</param>
    /// <param name="decoder">The decoder and its limits; <see cref="MyProxyResponseDecoder.Default"/> when <see langword="null"/>.</param>
    public MyProxyResponseReader(IMyProxyConnection connection, MyProxyResponseDecoder? decoder = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
        _decoder = decoder ?? MyProxyResponseDecoder.Default;
    }

    /// <summary>The bytes received after the last decoded response and not yet consumed.</summary>
    public ReadOnlyMemory<byte> Pending => _pending;

    /// <summary>Reads the next whole response.</summary>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The response.</returns>
    /// <exception cref="MyProxyProtocolException">The response is malformed, or the server closed the connection inside it.</exception>
    /// <exception cref="MyProxyTimeoutException">The server went silent.</exception>
    /// <exception cref="MyProxyTransportException">The connection failed.</exception>
    public async Task<MyProxyResponse> ReadResponseAsync(CancellationToken cancellationToken)
    {
        var chunk = new byte[ChunkSize];
        while (true)
        {
            if (_decoder.TryDecode(_pending, out var response, out var consumed))
            {
                _pending = _pending[consumed..];
                return response;
            }

            _pending = _pending[consumed..];
            var read = await _connection.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                throw new MyProxyProtocolException(
                    _pending.Length == 0
                        ? $"the MyProxy server {_connection.Endpoint} closed the connection without a response"
                        : $"the MyProxy server {_connection.Endpoint} closed the connection in the middle of a response");
            }

            _pending = [.. _pending, .. chunk.AsSpan(0, read)];
        }
    }

    /// <summary>Takes and clears the pending bytes, for a caller that reads a binary frame next.</summary>
    /// <returns>The pending bytes.</returns>
    public ReadOnlySequence<byte> TakePending()
    {
        var pending = new ReadOnlySequence<byte>(_pending);
        _pending = [];
        return pending;
    }
}
