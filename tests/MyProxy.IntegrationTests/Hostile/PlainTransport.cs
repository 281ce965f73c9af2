using System.Net.Sockets;
using MyProxy.Client.Strategies;
using MyProxy.Crypto.Credentials;
using MyProxy.Transport;

namespace MyProxy.IntegrationTests.Hostile;

/// <summary>
/// A transport without TLS, for a <see cref="HostileServer"/> with <c>tls: false</c>: the client's sessions and
/// decoders see exactly the bytes they would see over TLS, and a cut connection ends the same way (the server's clean
/// close reads as 0 bytes), but a connection costs a TCP connect instead of a handshake, so a test can afford
/// tens of thousands. It counts what the client read, and can hand it out a few bytes per read.
/// </summary>
internal sealed class PlainTransport : IMyProxyTransport, IMyProxyTransportSelector
{
    private long _consumed;

    /// <param name="maxBytesPerRead">At most this many bytes per read, to split messages where a server never would.</param>
    public PlainTransport(int maxBytesPerRead = int.MaxValue)
    {
        MaxBytesPerRead = maxBytesPerRead;
    }

    public string Name => "plain-tcp-test";

    public int MaxBytesPerRead { get; }

    /// <summary>The bytes the client read on the last connection.</summary>
    public long Consumed => Interlocked.Read(ref _consumed);

    public IMyProxyTransport Select(X509Credential? clientCredential) => this;

    public async Task<IMyProxyConnection> ConnectAsync(MyProxyEndpoint endpoint, TransportOptions options, CancellationToken cancellationToken)
    {
        var client = new TcpClient { NoDelay = true };
        try
        {
            await client.ConnectAsync(System.Net.IPAddress.Loopback, endpoint.Port, cancellationToken);
        }
        catch (SocketException exception)
        {
            client.Dispose();
            throw new MyProxyConnectException($"could not connect to {endpoint}: {exception.Message}", exception);
        }

        Interlocked.Exchange(ref _consumed, 0);
        return new PlainConnection(endpoint, client, options.ReadTimeout, this);
    }

    internal void Count(int read) => Interlocked.Add(ref _consumed, read);
}
