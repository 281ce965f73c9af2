using MyProxy.Crypto.Proxies;

namespace MyProxy.Crypto.Summary;

/// <summary>The type strings <c>grid-proxy-info -type</c> prints (Globus Toolkit 6).</summary>
internal static class ProxyTypeDescriptions
{
    public static string For(CertificateClassification classification) => classification.Format switch
    {
        ProxyCertificateFormat.Rfc3820 => $"RFC 3820 compliant {PolicyWord(classification.Policy)} proxy",
        ProxyCertificateFormat.Draft => $"Proxy draft (pre-RFC) compliant {PolicyWord(classification.Policy)} proxy",
        ProxyCertificateFormat.Legacy => classification.IsLimited ? "limited legacy globus proxy" : "full legacy globus proxy",
        _ => classification.Kind == CertificateKind.CertificateAuthority ? "CA certificate" : "end entity credential",
    };

    private static string PolicyWord(ProxyPolicyKind? policy) => policy switch
    {
        ProxyPolicyKind.InheritAll => "impersonation",
        ProxyPolicyKind.Limited => "limited",
        ProxyPolicyKind.Independent => "independent",
        _ => "restricted",
    };
}
