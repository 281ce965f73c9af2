using Microsoft.Extensions.Options;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Proxies;
using MyProxy.Transport;
using MyProxy.Transport.Tls;

namespace MyProxy.Client.Strategies;

/// <summary>
/// <see cref="MyProxyClientOptions.Transport"/>; for <see cref="MyProxyTransportKind.Auto"/>: BouncyCastle when the
/// client credential is a proxy (SslStream on Linux cannot present one: OpenSSL refuses proxy chains when .NET
/// builds the client chain), SslStream otherwise.
/// </summary>
public sealed class OptionsTransportSelector : IMyProxyTransportSelector
{
    private readonly MyProxyTransportKind _kind;

    /// <summary>Creates the selector.</summary>
    /// <param name="options">The client options.</param>
    public OptionsTransportSelector(IOptions<MyProxyClientOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _kind = options.Value.Transport;
    }

    /// <inheritdoc/>
    public IMyProxyTransport Select(X509Credential? clientCredential) => _kind switch
    {
        MyProxyTransportKind.SslStream => SslStreamTransport.Instance,
        MyProxyTransportKind.BouncyCastle => BouncyCastleTransport.Instance,
        _ => clientCredential is not null && ProxyCertificateClassifier.Classify(clientCredential.Certificate).IsProxy
            ? BouncyCastleTransport.Instance
            : SslStreamTransport.Instance,
    };
}
