using System.Net.Sockets;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Validation;
using Org.BouncyCastle.Tls;

namespace MyProxy.Samples.Delegation.Tls;

/// <summary>
/// An <see cref="HttpClient"/> whose connections are BouncyCastle TLS made in <see cref="SocketsHttpHandler.ConnectCallback"/>.
/// The request URIs therefore say <c>http://</c>: HttpClient must not put its own TLS (SslStream) over ours.
/// </summary>
internal static class CallerConnection
{
    public static HttpClient Create(string host, int port, X509Credential? credential, ICertificateChainValidator serverValidator)
    {
        // The HttpClient owns and disposes the handler.
#pragma warning disable CA2000
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = (context, cancellationToken) => ConnectAsync(context.DnsEndPoint, credential, serverValidator, cancellationToken),
            ConnectTimeout = TimeSpan.FromSeconds(10),
        };
#pragma warning restore CA2000
        return new HttpClient(handler, disposeHandler: true) { BaseAddress = new Uri($"http://{host}:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
    }

    private static async ValueTask<Stream> ConnectAsync(
        System.Net.DnsEndPoint endpoint, X509Credential? credential, ICertificateChainValidator serverValidator, CancellationToken cancellationToken)
    {
        var network = await ConnectTcpAsync(endpoint, cancellationToken);
        var tls = new TlsProtocolStream(new TlsClientProtocol(), network, network);
        var client = new CallerTlsClient(credential, endpoint.Host, serverValidator);
        try
        {
            await tls.HandshakeAsync(protocol => ((TlsClientProtocol)protocol).Connect(client), cancellationToken);
            return tls;
        }
        catch (IOException exception)
        {
            await tls.DisposeAsync();
            throw new HttpRequestException($"TLS with {endpoint.Host}:{endpoint.Port} failed: {client.ServerRefusal ?? exception.Message}", exception);
        }
    }

    private static async Task<NetworkStream> ConnectTcpAsync(System.Net.DnsEndPoint endpoint, CancellationToken cancellationToken)
    {
#pragma warning disable CA2000 // Disposed on failure; on success the NetworkStream owns it.
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
#pragma warning restore CA2000
        try
        {
            socket.NoDelay = true;
            await socket.ConnectAsync(endpoint, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
