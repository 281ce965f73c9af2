namespace MyProxy.Crypto.Keys;

/// <summary>How a private key is written as PEM.</summary>
public enum PrivateKeyPemFormat
{
    /// <summary>
    /// The traditional, unencrypted form: <c>RSA PRIVATE KEY</c> (PKCS#1) or <c>EC PRIVATE KEY</c> (SEC 1).
    /// What proxy files carry, and what the C tools expect there.
    /// </summary>
    Traditional,

    /// <summary>Unencrypted PKCS#8: <c>PRIVATE KEY</c>.</summary>
    Pkcs8,

    /// <summary>PKCS#8 encrypted with a pass phrase (PBES2, AES-256-CBC, PBKDF2-SHA256): <c>ENCRYPTED PRIVATE KEY</c>.</summary>
    EncryptedPkcs8,
}
