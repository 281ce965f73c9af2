namespace MyProxy.Crypto.Validation;

/// <summary>The rules of chain validation, each a reason a chain can fail.</summary>
public enum ChainValidationRule
{
    /// <summary>The chain is empty, has no end-entity certificate, or could not be parsed.</summary>
    MalformedChain,

    /// <summary>The path does not end in a CA of the trust directory.</summary>
    UntrustedIssuer,

    /// <summary>A signature does not verify with the issuer's key (or uses an algorithm neither backend verifies).</summary>
    SignatureInvalid,

    /// <summary>A certificate is signed with MD5 or SHA-1 where the options refuse it.</summary>
    WeakSignature,

    /// <summary>A certificate's notAfter is in the past.</summary>
    CertificateExpired,

    /// <summary>A certificate's notBefore is in the future.</summary>
    CertificateNotYetValid,

    /// <summary>A certificate's issuer field does not name the certificate that signed it.</summary>
    IssuerNameMismatch,

    /// <summary>A certificate that signs certificates is not a CA (basicConstraints cA=TRUE).</summary>
    NotCertificateAuthority,

    /// <summary>A CA's key usage lacks keyCertSign.</summary>
    CertificateAuthorityKeyUsage,

    /// <summary>A CA's pathLenConstraint is exceeded by the CAs below it (proxies do not count).</summary>
    CertificateAuthorityPathLength,

    /// <summary>The CRL of the issuing CA lists the certificate.</summary>
    Revoked,

    /// <summary>The options require a CRL and the issuing CA has none.</summary>
    CrlMissing,

    /// <summary>The issuing CA's CRL is outside thisUpdate..nextUpdate.</summary>
    CrlNotCurrent,

    /// <summary>The issuing CA's CRL is not signed by that CA.</summary>
    CrlSignatureInvalid,

    /// <summary>A certificate carries a critical extension the validator does not understand.</summary>
    UnknownCriticalExtension,

    /// <summary>A certificate that is not a proxy sits between proxies, or a proxy follows a non-proxy.</summary>
    EndEntityInProxyPath,

    /// <summary>The proxy's format (legacy, draft) is switched off in the options.</summary>
    ProxyFormatNotAllowed,

    /// <summary>The ProxyCertInfo extension cannot be decoded, or appears twice.</summary>
    ProxyCertInfoMalformed,

    /// <summary>The ProxyCertInfo extension is not critical (RFC 3820 §3.8).</summary>
    ProxyCertInfoNotCritical,

    /// <summary>A proxy is signed directly by a CA.</summary>
    ProxyIssuedByCertificateAuthority,

    /// <summary>A proxy asserts basicConstraints cA=TRUE (RFC 3820 §3.7).</summary>
    ProxyCertificateAuthorityFlag,

    /// <summary>A proxy's subject is not its issuer's subject plus one CN (RFC 3820 §3.4).</summary>
    ProxySubjectMismatch,

    /// <summary>A proxy carries subjectAltName or issuerAltName (RFC 3820 §3.2, §3.5).</summary>
    ProxyAlternativeName,

    /// <summary>A proxy's issuer has key usage without digitalSignature (RFC 3820 §3.1).</summary>
    ProxyIssuerKeyUsage,

    /// <summary>A proxy of one format signs a proxy of another (RFC, draft, legacy must not mix).</summary>
    ProxyFormatMixed,

    /// <summary>A limited proxy signs a proxy that is not limited.</summary>
    ProxyLimitedToFull,

    /// <summary>More proxies follow a proxy than its path-length constraint allows.</summary>
    ProxyPathLengthExceeded,

    /// <summary>A restricted proxy's policy language is not one the caller said it evaluates.</summary>
    ProxyRestrictedPolicy,

    /// <summary>The credential's private key does not belong to its first certificate.</summary>
    KeyMismatch,

    /// <summary>The issuing CA's signing policy does not allow it to sign this subject.</summary>
    SigningPolicyViolation,
}
