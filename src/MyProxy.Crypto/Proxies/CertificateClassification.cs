namespace MyProxy.Crypto.Proxies;

/// <summary>The result of classifying one certificate: CA, end entity, or a proxy of a given format and policy.</summary>
/// <param name="Kind">CA, end entity or proxy.</param>
/// <param name="Format">For a proxy, its profile; otherwise <see langword="null"/>.</param>
/// <param name="Policy">For a proxy, what it allows; otherwise <see langword="null"/>.</param>
/// <param name="ProxyCertInfo">The decoded extension for RFC 3820 and draft proxies.</param>
/// <param name="IsProxyCertInfoCritical">Whether the ProxyCertInfo extension was marked critical.</param>
/// <param name="Problem">Why the certificate is malformed as a proxy (for example an undecodable extension), or <see langword="null"/>.</param>
public sealed record CertificateClassification(
    CertificateKind Kind,
    ProxyCertificateFormat? Format = null,
    ProxyPolicyKind? Policy = null,
    ProxyCertInfo? ProxyCertInfo = null,
    bool IsProxyCertInfoCritical = false,
    string? Problem = null)
{
    /// <summary>Whether the certificate is a proxy of any format.</summary>
    public bool IsProxy => Kind == CertificateKind.Proxy;

    /// <summary>Whether the certificate is a limited proxy.</summary>
    public bool IsLimited => Policy == ProxyPolicyKind.Limited;
}
