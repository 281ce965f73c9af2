using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Transport;

namespace MyProxy.IntegrationTests.Hostile;

/// <summary>One <see cref="PlainTransport"/> connection: the contract of <see cref="IMyProxyConnection"/> (a read timeout, 0 at the server's close) over plain TCP.</summary>
internal sealed class PlainConnection : IMyProxyConnection
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;
    private readonly TimeSpan _timeout;
    private readonly PlainTransport _transport;

    public PlainConnection(MyProxyEndpoint endpoint, TcpClient client, TimeSpan timeout, PlainTransport transport)
    {
        Endpoint = endpoint;
        _client = client;
        _stream = client.GetStream();
        _timeout = timeout;
        _transport = transport;
    }

    public MyProxyEndpoint Endpoint { get; }

    public IReadOnlyList<X509Certificate2> ServerCertificates => [];

    public SslProtocols Protocol => SslProtocols.None;

    public TlsCipherSuite CipherSuite => default;

    public Task SendGsiDelegationFlagAsync(CancellationToken cancellationToken) => WriteAsync("0"u8.ToArray(), cancellationToken);

    public async Task WriteAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        try
        {
            await _stream.WriteAsync(message, cancellationToken);
        }
        catch (IOException exception)
        {
            throw new MyProxyTransportException($"the connection to {Endpoint} broke while writing: {exception.Message}", exception);
        }
    }

    public async Task<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_timeout);
        try
        {
            var read = await _stream.ReadAsync(buffer[..Math.Min(buffer.Length, _transport.MaxBytesPerRead)], deadline.Token);
            _transport.Count(read);
            return read;
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new MyProxyTimeoutException($"{Endpoint} sent nothing for {_timeout.TotalSeconds} s", exception);
        }
        catch (IOException exception)
        {
            throw new MyProxyTransportException($"the connection to {Endpoint} broke while reading: {exception.Message}", exception);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        _client.Dispose();
    }
}
