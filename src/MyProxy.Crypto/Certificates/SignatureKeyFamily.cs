namespace MyProxy.Crypto.Certificates;

/// <summary>The key family a signature algorithm belongs to.</summary>
internal enum SignatureKeyFamily
{
    /// <summary>RSA (PKCS#1 v1.5 or PSS).</summary>
    Rsa,

    /// <summary>ECDSA, signature DER-encoded as SEQUENCE { r, s }.</summary>
    Ecdsa,
}
