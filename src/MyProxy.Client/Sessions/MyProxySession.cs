using MyProxy.Client.Logging;
using MyProxy.Protocol.Requests;
using MyProxy.Protocol.Responses;
using MyProxy.Transport;

namespace MyProxy.Client.Sessions;

/// <summary>
/// One connection to the server for one command: the delegation flag and the request, then responses and binary
/// frames read by <see cref="MyProxyResponseReader"/> (each message whole within the timeout), every failure
/// tagged with the phase it happened in.
/// </summary>
internal sealed class MyProxySession : IAsyncDisposable
{
    private readonly IMyProxyConnection _connection;
    private readonly ClientContext _context;
    private readonly MyProxyResponseReader _reader;

    public MyProxySession(IMyProxyConnection connection, ClientContext context)
    {
        _connection = connection;
        _context = context;
        _reader = new MyProxyResponseReader(connection, messageTimeout: context.Options.Timeout);
    }

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
        var response = await Guard(phase, _reader.ReadResponseAsync(cancellationToken)).ConfigureAwait(false);
        if (response.IsError)
        {
            throw new MyProxyServerException(response.Errors) { Phase = phase };
        }

        return response;
    }

    /// <summary>Reads a binary frame; a text response in its place is the server's error (or a protocol violation).</summary>
    public Task<T> ReadFrameAsync<T>(MyProxyFrameDecoder<T> decode, string what, MyProxyPhase phase, CancellationToken cancellationToken)
        where T : notnull =>
        Guard(phase, _reader.ReadFrameAsync(decode, what, cancellationToken));

    public ValueTask DisposeAsync()
    {
        _reader.Clear();
        return _connection.DisposeAsync();
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

    private static async Task<T> Guard<T>(MyProxyPhase phase, Task<T> operation)
    {
        try
        {
            return await operation.ConfigureAwait(false);
        }
        catch (MyProxyException exception)
        {
            throw PhaseErrors.With(exception, phase);
        }
    }
}
