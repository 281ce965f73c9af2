using System.Buffers;
using MyProxy.Client.Logging;
using MyProxy.Protocol.Requests;
using MyProxy.Protocol.Responses;
using MyProxy.Transport;
using MyProxy.Transport.Net;

namespace MyProxy.Client.Sessions;

/// <summary>
/// One connection to the server for one command: the delegation flag and the request, then responses and binary
/// frames read from one buffer by content, every failure tagged with the phase it happened in. Each message must
/// arrive whole within the timeout: a server that trickles bytes, or floods NULs, cannot hold the client longer.
/// </summary>
internal sealed class MyProxySession : IAsyncDisposable
{
    private const int ChunkSize = 16 * 1024;

    private readonly IMyProxyConnection _connection;
    private readonly ClientContext _context;
    private readonly ReceiveBuffer _received = new(ChunkSize);

    public MyProxySession(IMyProxyConnection connection, ClientContext context)
    {
        _connection = connection;
        _context = context;
    }

    /// <summary>A binary frame decoder: consumes the frame on <see cref="Protocol.Frames.BinaryFrameStatus.Complete"/>.</summary>
    public delegate Protocol.Frames.BinaryFrameStatus FrameDecoder<T>(ref ReadOnlySequence<byte> buffer, bool isFinalBlock, out T? frame);

    public IMyProxyConnection Connection => _connection;

    public MyProxyEndpoint Endpoint => _connection.Endpoint;

    public async Task SendRequestAsync(MyProxyRequest request, CancellationToken cancellationToken)
    {
        var bytes = MyProxyRequestEncoder.Encode(request);
        try
        {
            await Guard(MyProxyPhase.Connect, _connection.SendGsiDelegationFlagAsync(cancellationToken)).ConfigureAwait(false);
            await WriteAsync(bytes, MyProxyPhase.Authorize, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // The request may carry passphrases.
            Array.Clear(bytes);
        }

        ClientLog.RequestSent(_context.Logger, request.Command, request.Username);
    }

    public Task WriteAsync(ReadOnlyMemory<byte> message, MyProxyPhase phase, CancellationToken cancellationToken) =>
        Guard(phase, _connection.WriteAsync(message, cancellationToken));

    /// <summary>Reads the next response; an error response becomes <see cref="MyProxyServerException"/> with the phase.</summary>
    public async Task<MyProxyResponse> ReadResponseAsync(MyProxyPhase phase, CancellationToken cancellationToken)
    {
        var response = await ReadAnyResponseAsync(phase, cancellationToken).ConfigureAwait(false);
        if (response.IsError)
        {
            throw new MyProxyServerException(response.Errors) { Phase = phase };
        }

        return response;
    }

    /// <summary>Reads a binary frame; a text response in its place is the server's error (or a protocol violation).</summary>
    public async Task<T> ReadFrameAsync<T>(FrameDecoder<T> decode, string what, MyProxyPhase phase, CancellationToken cancellationToken)
        where T : notnull
    {
        var ended = false;
        using var deadline = MessageDeadline.Start(_context.Options.Timeout, cancellationToken);
        while (true)
        {
            var buffer = _received.PendingSequence;
            var status = Decode(decode, ref buffer, ended, out var frame, phase);
            switch (status)
            {
                case Protocol.Frames.BinaryFrameStatus.Complete:
                    _received.Consume(_received.Pending.Length - (int)buffer.Length);
                    return frame!;
                case Protocol.Frames.BinaryFrameStatus.ServerMessage:
                    await ReadResponseAsync(phase, cancellationToken).ConfigureAwait(false);
                    throw new MyProxyProtocolException($"the MyProxy server {Endpoint} sent an OK response where {what} was expected") { Phase = phase };
            }

            if (ended)
            {
                throw new MyProxyProtocolException($"the MyProxy server {Endpoint} closed the connection before sending {what}") { Phase = phase };
            }

            ended = !await FillAsync(what, phase, deadline.Token, cancellationToken).ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync()
    {
        _received.Clear();
        return _connection.DisposeAsync();
    }

    private static Protocol.Frames.BinaryFrameStatus Decode<T>(FrameDecoder<T> decode, ref ReadOnlySequence<byte> buffer, bool ended, out T? frame, MyProxyPhase phase)
    {
        try
        {
            return decode(ref buffer, ended, out frame);
        }
        catch (MyProxyException exception)
        {
            throw PhaseErrors.With(exception, phase);
        }
    }

    private async Task<MyProxyResponse> ReadAnyResponseAsync(MyProxyPhase phase, CancellationToken cancellationToken)
    {
        using var deadline = MessageDeadline.Start(_context.Options.Timeout, cancellationToken);
        var padding = new NulPadding(MyProxyResponseDecoder.Default.Limits.MaxMessageBytes, Endpoint);
        while (true)
        {
            bool decoded;
            MyProxyResponse? response;
            int consumed;
            try
            {
                decoded = MyProxyResponseDecoder.Default.TryDecode(_received.Pending, out response, out consumed);
                if (!decoded)
                {
                    // Short of a whole message, all the decoder consumes is NULs before one.
                    padding.Skipped(consumed);
                }
            }
            catch (MyProxyException exception)
            {
                throw PhaseErrors.With(exception, phase);
            }

            _received.Consume(consumed);
            if (decoded)
            {
                return response!;
            }

            if (!await FillAsync("a response", phase, deadline.Token, cancellationToken).ConfigureAwait(false))
            {
                throw new MyProxyProtocolException(_received.Pending.Length == 0
                    ? $"the MyProxy server {Endpoint} closed the connection without a response"
                    : $"the MyProxy server {Endpoint} closed the connection in the middle of a response") { Phase = phase };
            }
        }
    }

    /// <summary>Reads more bytes into the buffer; <see langword="false"/> when the server closed the connection.</summary>
    private async Task<bool> FillAsync(string what, MyProxyPhase phase, CancellationToken deadline, CancellationToken cancellationToken)
    {
        int read;
        try
        {
            read = await _connection.ReadAsync(_received.FreeSpace(ChunkSize), deadline).ConfigureAwait(false);
        }
        catch (MyProxyException exception)
        {
            throw PhaseErrors.With(exception, phase);
        }
        catch (OperationCanceledException exception) when (MessageDeadline.Passed(deadline, cancellationToken))
        {
            throw MessageDeadline.Exceeded(Endpoint, what, _context.Options.Timeout, exception, phase);
        }

        if (read == 0)
        {
            return false;
        }

        _received.Advance(read);
        return true;
    }

    private static async Task Guard(MyProxyPhase phase, Task operation)
    {
        try
        {
            await operation.ConfigureAwait(false);
        }
        catch (MyProxyException exception)
        {
            throw PhaseErrors.With(exception, phase);
        }
    }
}
