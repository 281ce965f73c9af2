using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Proxies;

namespace MyProxy.Crypto.Tests.ValidationPki;

/// <summary>How a test proxy is made; defaults give a well-formed RFC 3820 impersonation proxy.</summary>
public sealed record ProxySpec
{
    public ProxyCertificateFormat Format { get; init; } = ProxyCertificateFormat.Rfc3820;

    public ProxyPolicyKind Policy { get; init; } = ProxyPolicyKind.InheritAll;

    /// <summary>The policy language for a restricted proxy.</summary>
    public string? PolicyLanguage { get; init; }

    public int? PathLength { get; init; }

    public bool Critical { get; init; } = true;

    /// <summary>Overrides the subject (default: issuer subject + CN = serial, or the legacy CN).</summary>
    public X500DistinguishedName? Subject { get; init; }

    public bool CertificateAuthorityFlag { get; init; }

    public TimeSpan NotBeforeOffset { get; init; } = TimeSpan.FromMinutes(-5);

    public TimeSpan NotAfterOffset { get; init; } = TimeSpan.FromHours(12);

    public HashAlgorithmName Hash { get; init; } = HashAlgorithmName.SHA256;

    public X509KeyUsageFlags? KeyUsage { get; init; } = X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment;

    public IReadOnlyList<X509Extension> ExtraExtensions { get; init; } = [];

    /// <summary>The proxy's own key; by default one of two shared proxy keys, alternating with the issuer's.</summary>
    public RSA? Key { get; init; }

    /// <summary>Raw extension value instead of an encoded ProxyCertInfo (malformed-extension tests).</summary>
    public byte[]? RawProxyCertInfo { get; init; }
}
