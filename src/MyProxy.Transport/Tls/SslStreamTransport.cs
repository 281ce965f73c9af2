using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Transport.Net;

namespace MyProxy.Transport.Tls;

/// <summary>
/// The transport built on <see cref="SslStream"/> (the platform's TLS: OpenSSL on Linux). TLS 1.2 and 1.3
/// only; the server is verified by our validator and identity policy, never by the platform's defaults.
/// </summary>
/// <remarks>
/// On Linux the platform cannot present an RFC 3820 proxy as the client certificate (OpenSSL refuses proxies
/// while .NET builds the chain); such a credential fails with a message pointing to <see cref="BouncyCastleTransport"/>.
/// </remarks>
public sealed class SslStreamTransport : IMyProxyTransport
{
    /// <summary>The shared instance; the transport holds no state.</summary>
    public static SslStreamTransport Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "sslstream";

    /// <inheritdoc/>
    public async Task<IMyProxyConnection> ConnectAsync(MyProxyEndpoint endpoint, TransportOptions options, CancellationToken cancellationToken)
    {
        TcpConnector.CheckArguments(endpoint, options);

        // The handshake is the only use of the client credential: the TLS library keeps its own references.
        using var clientCertificate = SslClientCertificate.Create(options.ClientCredential);
        var socket = await TcpConnector.ConnectAsync(endpoint, options, cancellationToken).ConfigureAwait(false);
        return await AuthenticateAsync(socket, endpoint, options, clientCertificate, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IMyProxyConnection> AuthenticateAsync(
        Socket socket, MyProxyEndpoint endpoint, TransportOptions options, SslClientCertificate? clientCertificate, CancellationToken cancellationToken)
    {
        var tls = new SslStream(new NetworkStream(socket, ownsSocket: true), leaveInnerStreamOpen: false);
        try
        {
            var session = await HandshakeAsync(tls, endpoint, options, clientCertificate, cancellationToken).ConfigureAwait(false);
            return new TlsConnection(endpoint, tls, session, options.ReadTimeout);
        }
        catch
        {
            await tls.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task<TlsSessionInfo> HandshakeAsync(
        SslStream tls, MyProxyEndpoint endpoint, TransportOptions options, SslClientCertificate? clientCertificate, CancellationToken cancellationToken)
    {
        var verifier = new ServerVerifier(endpoint, options);
        List<X509Certificate2> presented = [];
        var authentication = new SslClientAuthenticationOptions
        {
            TargetHost = endpoint.Host,
            EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
            CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
            ClientCertificateContext = clientCertificate?.Context,
            RemoteCertificateValidationCallback = (_, certificate, chain, _) =>
            {
                presented = PresentedChain(certificate, chain);
                return verifier.TryVerify(presented);
            },
        };

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.ConnectTimeout);
        try
        {
            await tls.AuthenticateAsClientAsync(authentication, deadline.Token).ConfigureAwait(false);
            return new TlsSessionInfo(presented, tls.SslProtocol, tls.NegotiatedCipherSuite);
        }
        catch (Exception exception) when (exception is AuthenticationException or IOException or OperationCanceledException)
        {
            Dispose(presented);
            throw HandshakeFailures.Translate(exception, verifier.Failure, endpoint, options, cancellationToken);
        }
    }

    // The leaf, then what the server sent with it: .NET puts the peer's extra certificates into the ExtraStore.
    private static List<X509Certificate2> PresentedChain(X509Certificate? certificate, X509Chain? chain)
    {
        if (certificate is null)
        {
            return [];
        }

        var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        List<X509Certificate2> result = [leaf];
        foreach (var extra in chain?.ChainPolicy.ExtraStore ?? [])
        {
            if (!extra.RawDataMemory.Span.SequenceEqual(leaf.RawDataMemory.Span))
            {
                result.Add(X509CertificateLoader.LoadCertificate(extra.RawDataMemory.Span));
            }
        }

        return result;
    }

    private static void Dispose(List<X509Certificate2> certificates)
    {
        foreach (var certificate in certificates)
        {
            certificate.Dispose();
        }
    }
}
