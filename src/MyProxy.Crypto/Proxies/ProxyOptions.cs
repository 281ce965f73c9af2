using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Keys;

namespace MyProxy.Crypto.Proxies;

/// <summary>What kind of proxy <see cref="ProxyFactory"/> makes. The defaults give what <c>grid-proxy-init</c> gives: a 12-hour RFC 3820 impersonation proxy with an RSA-2048 key.</summary>
public sealed record ProxyOptions
{
    /// <summary>
    /// The proxy format; <see langword="null"/> takes the issuing proxy's format, or RFC 3820 when the issuer is an
    /// end-entity certificate. A format different from the issuing proxy's is refused (as <c>grid-proxy-init</c> does).
    /// </summary>
    public ProxyCertificateFormat? Format { get; init; }

    /// <summary>The proxy policy; a limited issuer always yields a limited proxy unless an independent one is asked for.</summary>
    public ProxyPolicyKind Policy { get; init; } = ProxyPolicyKind.InheritAll;

    /// <summary>The policy language OID of a <see cref="ProxyPolicyKind.Restricted"/> proxy (required for it, refused otherwise).</summary>
    public string? PolicyLanguage { get; init; }

    /// <summary>The policy bytes of a restricted proxy, if any.</summary>
    public ReadOnlyMemory<byte>? PolicyBytes { get; init; }

    /// <summary>How many proxies may follow the new one; <see langword="null"/> = no constraint. Unlike GCT, 0 is encoded.</summary>
    public int? PathLength { get; init; }

    /// <summary>The requested lifetime; the proxy never outlives its issuing chain.</summary>
    public TimeSpan Lifetime { get; init; } = TimeSpan.FromHours(12);

    /// <summary>The key to generate for a locally made proxy (<see cref="ProxyFactory.CreateProxy"/>).</summary>
    public KeySpecification Key { get; init; } = KeySpecification.Default;

    /// <summary>The digest of the proxy's signature: SHA-256 (default), SHA-384 or SHA-512. MD5 and SHA-1 are refused.</summary>
    public HashAlgorithmName SignatureHash { get; init; } = HashAlgorithmName.SHA256;

    /// <summary>The smallest RSA key the factory certifies or generates (2048 by default, like the MyProxy server).</summary>
    public int MinimumRsaKeyBits { get; init; } = 2048;

    /// <summary>
    /// Extra extensions, appended after the proxy's own (for example a VOMS attribute certificate or a DIRAC group).
    /// Extensions the proxy profile forbids or sets itself (alternative names, CA basic constraints, key usage,
    /// extended key usage, ProxyCertInfo) are refused.
    /// </summary>
    public IReadOnlyList<X509Extension> AdditionalExtensions { get; init; } = [];
}
