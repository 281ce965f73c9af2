namespace MyProxy.Crypto.Validation;

/// <summary>How certificate revocation lists in the trust directory are used (canl-java's modes).</summary>
public enum CrlMode
{
    /// <summary>If a CA has a CRL it must be current and correctly signed, and must not list the certificate; no CRL is fine.</summary>
    IfValid,

    /// <summary>Every CA that issues a checked certificate must have a current, correctly signed CRL.</summary>
    Require,

    /// <summary>CRLs are not read.</summary>
    Ignore,
}
