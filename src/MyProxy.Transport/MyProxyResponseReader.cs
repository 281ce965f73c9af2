using System.Buffers;
using MyProxy.Protocol.Frames;
using MyProxy.Protocol.Responses;
using MyProxy.Transport.Net;

namespace MyProxy.Transport;

/// <summary>
/// Reads whole text responses and binary frames from a connection with the Protocol decoders, keeping bytes that
/// arrive with a message (the next message or a binary frame) for the next call. Parses by content, never by read
/// boundaries. The buffer doubles as it fills (linear cost however the bytes are split), and a message timeout
/// bounds a whole message, so a server that trickles bytes or floods NULs cannot hold the reader longer than that.
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
    /// <param name="messageTimeout">How long one whole message may take to arrive (usually the read timeout); none when <see langword="null"/>.</param>
    public MyProxyResponseReader(IMyProxyConnection connection, MyProxyResponseDecoder? decoder = null, TimeSpan? messageTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
        _decoder = decoder ?? MyProxyResponseDecoder.Default;
        _messageTimeout = messageTimeout ?? Timeout.InfiniteTimeSpan;
    }

    /// <summary>The bytes received after the last decoded message and not yet consumed.</summary>
    public ReadOnlyMemory<byte> Pending => _received.PendingMemory;

    private MyProxyEndpoint Endpoint => _connection.Endpoint;

    /// <summary>Reads the next whole response.</summary>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The response.</returns>
    /// <exception cref="MyProxyProtocolException">The response is malformed, or the server closed the connection inside it.</exception>
    /// <exception cref="MyProxyTimeoutException">The server went silent, or did not finish the response within the message timeout.</exception>
    /// <exception cref="MyProxyTransportException">The connection failed.</exception>
    public async Task<MyProxyResponse> ReadResponseAsync(CancellationToken cancellationToken)
    {
        using var deadline = MessageDeadline.Start(_messageTimeout, cancellationToken);
        var padding = new NulPadding(_decoder.Limits.MaxMessageBytes, Endpoint);

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

            if (!await FillAsync("a response", deadline.Token, cancellationToken).ConfigureAwait(false))
            {
                throw new MyProxyProtocolException(
                    _received.Pending.Length == 0
                        ? $"the MyProxy server {Endpoint} closed the connection without a response"
                        : $"the MyProxy server {Endpoint} closed the connection in the middle of a response");
            }
        }
    }

    /// <summary>
    /// Reads the next binary frame. A text response in its place is the server's refusal, thrown as
    /// <see cref="MyProxyServerException"/>, or a protocol violation when it says OK.
    /// </summary>
    /// <typeparam name="T">The frame.</typeparam>
    /// <param name="decode">The frame's decoder (for example <c>new CertificateChainDecoder().Decode</c>).</param>
    /// <param name="what">The frame in messages: "the delegated certificate chain".</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The frame.</returns>
    /// <exception cref="MyProxyServerException">The server sent an error response instead.</exception>
    /// <exception cref="MyProxyProtocolException">The frame is malformed, an OK response came instead, or the server closed the connection first.</exception>
    /// <exception cref="MyProxyTimeoutException">The frame did not arrive whole within the message timeout.</exception>
    /// <exception cref="MyProxyTransportException">The connection failed.</exception>
    public async Task<T> ReadFrameAsync<T>(MyProxyFrameDecoder<T> decode, string what, CancellationToken cancellationToken)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(decode);
        var ended = false;
        using var deadline = MessageDeadline.Start(_messageTimeout, cancellationToken);
        while (true)
        {
            var buffer = _received.PendingSequence;
            switch (decode(ref buffer, ended, out var frame))
            {
                case BinaryFrameStatus.Complete:
                    _received.Consume(_received.Pending.Length - (int)buffer.Length);
                    return frame!;
                case BinaryFrameStatus.ServerMessage:
                    throw InsteadOfFrame(await ReadResponseAsync(cancellationToken).ConfigureAwait(false), what);
            }

            if (ended)
            {
                throw new MyProxyProtocolException($"the MyProxy server {Endpoint} closed the connection before sending {what}");
            }

            ended = !await FillAsync(what, deadline.Token, cancellationToken).ConfigureAwait(false);
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

    /// <summary>Wipes every byte received (messages may carry pass phrases or private keys).</summary>
    public void Clear() => _received.Clear();

    private MyProxyException InsteadOfFrame(MyProxyResponse response, string what) =>
        response.IsError
            ? new MyProxyServerException(response.Errors)
            : new MyProxyProtocolException($"the MyProxy server {Endpoint} sent an OK response where {what} was expected");

    /// <summary>Reads more bytes into the buffer; <see langword="false"/> when the server closed the connection.</summary>
    private async Task<bool> FillAsync(string what, CancellationToken deadline, CancellationToken cancellationToken)
    {
        int read;
        try
        {
            read = await _connection.ReadAsync(_received.FreeSpace(ChunkSize), deadline).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (MessageDeadline.Passed(deadline, cancellationToken))
        {
            throw MessageDeadline.Exceeded(Endpoint, what, _messageTimeout, exception);
        }

        _received.Advance(read);
        return read > 0;
    }
}
