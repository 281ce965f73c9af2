namespace MyProxy.Crypto.Keys;

/// <summary>The key families grid credentials use.</summary>
public enum KeyAlgorithm
{
    /// <summary>RSA; the size is the modulus length in bits.</summary>
    Rsa,

    /// <summary>ECDSA over NIST P-256 (secp256r1).</summary>
    EcP256,

    /// <summary>ECDSA over NIST P-384 (secp384r1).</summary>
    EcP384,
}
