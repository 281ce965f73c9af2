using System.Buffers;
using MyProxy.Protocol.Responses;
using MyProxy.Transport.Net;

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
    private readonly ReceiveBuffer _received = new(ChunkSize);

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
    public ReadOnlyMemory<byte> Pending => _received.PendingMemory;

    /// <summary>Reads the next whole response.</summary>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The response.</returns>
    /// <exception cref="MyProxyProtocolException">The response is malformed, or the server closed the connection inside it.</exception>
    /// <exception cref="MyProxyTimeoutException">The server went silent, or did not finish the response within the message timeout.</exception>
    /// <exception cref="MyProxyTransportException">The connection failed.</exception>
    public async Task<MyProxyResponse> ReadResponseAsync(CancellationToken cancellationToken)
    {
        using var deadline = MessageDeadline.Start(_messageTimeout, cancellationToken);
        var padding = new NulPadding(_decoder.Limits.MaxMessageBytes, _connection.Endpoint);

        while (true)
        {
            var decoded = _decoder.TryDecode(_received.Pending, out var response, out var consumed);
            _received.Consume(consumed);
            if (decoded)
            {
                return response!;
            }

            // Short of a whole message, all the decoder consumes is NULs before one.
            padding.Skipped(consumed);

            var read = await ReadMoreAsync(deadline.Token, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                throw new MyProxyProtocolException(
                    _received.Pending.Length == 0
                        ? $"the MyProxy server {_connection.Endpoint} closed the connection without a response"
                        : $"the MyProxy server {_connection.Endpoint} closed the connection in the middle of a response");
            }

            _received.Advance(read);
        }
    }

    /// <summary>Takes and clears the pending bytes, for a caller that reads a binary frame next.</summary>
    /// <returns>The pending bytes.</returns>
    public ReadOnlySequence<byte> TakePending()
    {
        var pending = new ReadOnlySequence<byte>(_received.Pending.ToArray());
        _received.Clear();
        return pending;
    }

    private async Task<int> ReadMoreAsync(CancellationToken deadline, CancellationToken cancellationToken)
    {
        try
        {
            return await _connection.ReadAsync(_received.FreeSpace(ChunkSize), deadline).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (MessageDeadline.Passed(deadline, cancellationToken))
        {
            throw MessageDeadline.Exceeded(_connection.Endpoint, "a response", _messageTimeout, exception);
        }
    }
}
