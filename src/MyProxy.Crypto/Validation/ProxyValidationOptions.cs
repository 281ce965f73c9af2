namespace MyProxy.Crypto.Validation;

/// <summary>What <see cref="ProxyChainValidator"/> accepts beyond the fixed rules of RFC 5280 and RFC 3820.</summary>
/// <remarks>The validation time is not an option: it comes from the validator's <see cref="TimeProvider"/>.</remarks>
public sealed record ProxyValidationOptions
{
    /// <summary>The defaults: CRLs if valid, all three proxy formats, canl's limited rule, no restricted policies, no grace.</summary>
    public static ProxyValidationOptions Default { get; } = new();

    /// <summary>How CRLs are used; <see cref="CrlMode.IfValid"/> by default.</summary>
    public CrlMode CrlMode { get; init; } = CrlMode.IfValid;

    /// <summary>Whether legacy Globus (GT2) proxies are accepted; true by default, since old credentials still circulate.</summary>
    public bool AllowLegacy { get; init; } = true;

    /// <summary>Whether GT3 draft proxies are accepted; true by default.</summary>
    public bool AllowDraft { get; init; } = true;

    /// <summary>
    /// Whether an independent proxy may follow a limited one. False (default) is canl-java's rule: nothing but a
    /// limited proxy may follow a limited proxy. True is the Globus Toolkit's rule.
    /// </summary>
    public bool AllowIndependentBelowLimited { get; init; }

    /// <summary>
    /// Policy-language OIDs of restricted proxies the caller evaluates itself. Empty by default: a restricted proxy
    /// fails, as RFC 3820 §4.2 requires of a relying party that cannot evaluate the policy.
    /// </summary>
    public IReadOnlyCollection<string> AllowedRestrictedPolicyLanguages { get; init; } = [];

    /// <summary>
    /// Clock skew tolerated on proxy validity (not on CA or end-entity certificates). Zero by default, like the
    /// Globus Toolkit and OpenSSL (generators already back-date notBefore by five minutes); canl-java uses five minutes.
    /// </summary>
    public TimeSpan ProxyGracePeriod { get; init; } = TimeSpan.Zero;

    /// <summary>Whether proxies signed with MD5 or SHA-1 fail (true by default). CAs and end entities are governed by <see cref="RejectWeakSignatureOnBasePath"/>.</summary>
    public bool RejectWeakSignatureOnProxies { get; init; } = true;

    /// <summary>
    /// Whether end-entity and CA certificates signed with SHA-1 fail. False by default: long-lived grid CAs signed
    /// with SHA-1 are still trusted by IGTF relying parties. MD5 signatures never verify on either backend.
    /// </summary>
    public bool RejectWeakSignatureOnBasePath { get; init; }

    /// <summary>
    /// Whether a CA's <c>hash.signing_policy</c> (read by <see cref="CertificateAuthorityDirectory.Load"/>) restricts the
    /// subjects it may sign (<c>cond_subjects</c>). Off by default; a CA without a policy file is not restricted.
    /// </summary>
    public bool ApplySigningPolicies { get; init; }
}
