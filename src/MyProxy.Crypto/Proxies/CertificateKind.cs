namespace MyProxy.Crypto.Proxies;

/// <summary>What role a certificate plays in a grid credential chain.</summary>
public enum CertificateKind
{
    /// <summary>A certificate authority (basicConstraints cA=TRUE).</summary>
    CertificateAuthority,

    /// <summary>An end-entity certificate: a user, host or service certificate issued by a CA.</summary>
    EndEntity,

    /// <summary>A proxy certificate issued by an end-entity certificate or by another proxy.</summary>
    Proxy,
}
