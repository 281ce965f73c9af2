using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Proxies;

namespace MyProxy.Crypto.Requests;

/// <summary>What a PKCS#10 request for a proxy carries.</summary>
public sealed record CertificateRequestOptions
{
    /// <summary>The request's subject. Signers ignore it (they name the proxy themselves); <c>CN=proxy</c> by default.</summary>
    public X500DistinguishedName Subject { get; init; } = new("CN=proxy");

    /// <summary>
    /// The ProxyCertInfo extension to request, critical, in <see cref="ProxyFormat"/>'s layout; by default an
    /// RFC 3820 inheritAll (impersonation) proxy. <see langword="null"/> requests no extension (legacy).
    /// </summary>
    public ProxyCertInfo? ProxyCertInfo { get; init; } = new(null, ProxyObjectIdentifiers.InheritAll);

    /// <summary>The layout and OID of the requested extension: RFC 3820 (default) or draft.</summary>
    public ProxyCertificateFormat ProxyFormat { get; init; } = ProxyCertificateFormat.Rfc3820;

    /// <summary>The digest of the request's signature (SHA-256 by default).</summary>
    public HashAlgorithmName SignatureHash { get; init; } = HashAlgorithmName.SHA256;
}
