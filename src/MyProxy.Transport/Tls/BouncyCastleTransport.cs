using System.Net.Sockets;
using MyProxy.Transport.Net;
using MyProxy.Transport.Tls.BouncyCastle;

namespace MyProxy.Transport.Tls;

/// <summary>
/// The transport built on BouncyCastle's TLS (<c>TlsClientProtocol</c>), independent of the platform's TLS
/// library: TLS 1.2 and 1.3, and it presents proxy chains as client certificates, which SslStream on Linux cannot.
/// </summary>
public sealed class BouncyCastleTransport : IMyProxyTransport
{
    /// <summary>The shared instance; the transport holds no state.</summary>
    public static BouncyCastleTransport Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "bouncycastle";

    /// <inheritdoc/>
    public async Task<IMyProxyConnection> ConnectAsync(MyProxyEndpoint endpoint, TransportOptions options, CancellationToken cancellationToken)
    {
        TcpConnector.CheckArguments(endpoint, options);
        var socket = await TcpConnector.ConnectAsync(endpoint, options, cancellationToken).ConfigureAwait(false);
        var tls = new BouncyCastleTlsStream(new NetworkStream(socket, ownsSocket: true));
        var client = new MyProxyTlsClient(endpoint, options);
        try
        {
            await HandshakeAsync(tls, client, endpoint, options, cancellationToken).ConfigureAwait(false);
            return new TlsConnection(endpoint, tls, client.Session(), options.ReadTimeout);
        }
        catch
        {
            client.DisposeCertificates();
            await tls.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task HandshakeAsync(
        BouncyCastleTlsStream tls, MyProxyTlsClient client, MyProxyEndpoint endpoint, TransportOptions options, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.ConnectTimeout);
        try
        {
            await tls.HandshakeAsync(client, deadline.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException)
        {
            throw HandshakeFailures.Translate(exception, client.Verifier.Failure ?? client.CredentialFailure, endpoint, options, cancellationToken);
        }
    }
}
