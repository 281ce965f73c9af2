using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Http.Features;

namespace MyProxy.Samples.Delegation.Tls;

/// <summary>
/// What the TLS handshake learned about the caller: the whole chain it presented (a proxy needs its issuers to be
/// judged), and the leaf as ASP.NET's <see cref="ITlsConnectionFeature"/> so <c>HttpContext.Connection.ClientCertificate</c> works.
/// </summary>
internal sealed class ProxyTlsFeature(IReadOnlyList<X509Certificate2> clientChain) : ITlsConnectionFeature
{
    /// <summary>Leaf first; empty when the caller presented no certificate. Not yet validated.</summary>
    public IReadOnlyList<X509Certificate2> ClientChain { get; } = clientChain;

    public X509Certificate2? ClientCertificate
    {
        get => ClientChain.Count > 0 ? ClientChain[0] : null;
        set => throw new NotSupportedException("The client certificate is what the TLS handshake received.");
    }

    public Task<X509Certificate2?> GetClientCertificateAsync(CancellationToken cancellationToken) => Task.FromResult(ClientCertificate);
}
