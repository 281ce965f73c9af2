namespace MyProxy.Crypto;

/// <summary>Which cryptography library does the work behind an <see cref="ICryptoProvider"/>.</summary>
public enum CryptoBackend
{
    /// <summary>System.Security.Cryptography (OpenSSL on Linux): the choice for FIPS-validated hosts.</summary>
    System,

    /// <summary>BouncyCastle.Cryptography, a managed implementation independent of the platform.</summary>
    BouncyCastle,
}
