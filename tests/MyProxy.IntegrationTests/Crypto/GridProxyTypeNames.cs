using MyProxy.Crypto.Proxies;

namespace MyProxy.IntegrationTests.Crypto;

/// <summary>The <c>grid-proxy-info -type</c> text GCT prints for a classification (only the wordings seen in the vectors).</summary>
internal static class GridProxyTypeNames
{
    public static string For(CertificateClassification classification) => classification.Kind switch
    {
        CertificateKind.EndEntity => "end entity credential",
        CertificateKind.Proxy => ForProxy(classification.Format, classification.Policy),
        _ => throw new ArgumentOutOfRangeException(nameof(classification), classification.Kind, "No vector shows GCT's wording for this kind."),
    };

    private static string ForProxy(ProxyCertificateFormat? format, ProxyPolicyKind? policy) => format switch
    {
        ProxyCertificateFormat.Rfc3820 => $"RFC 3820 compliant {Policy(policy)} proxy",
        ProxyCertificateFormat.Draft => $"Proxy draft (pre-RFC) compliant {Policy(policy)} proxy",
        ProxyCertificateFormat.Legacy => policy == ProxyPolicyKind.Limited ? "limited legacy globus proxy" : "full legacy globus proxy",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "A proxy classification needs a format."),
    };

    private static string Policy(ProxyPolicyKind? policy) => policy switch
    {
        ProxyPolicyKind.InheritAll => "impersonation",
        ProxyPolicyKind.Limited => "limited",
        ProxyPolicyKind.Independent => "independent",
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "No vector shows GCT's wording for this policy."),
    };
}
