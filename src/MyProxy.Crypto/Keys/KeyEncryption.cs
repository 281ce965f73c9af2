using System.Security.Cryptography;

namespace MyProxy.Crypto.Keys;

/// <summary>How both backends encrypt <see cref="PrivateKeyPemFormat.EncryptedPkcs8"/> keys.</summary>
internal static class KeyEncryption
{
    /// <summary>
    /// PBKDF2-HMAC-SHA256 iterations: 100 000, about 50 times OpenSSL 3's default of 2048, yet well under a
    /// tenth of a second to decrypt on one core, so an interactive tool stays quick. Readers take the count
    /// from the file, so it can be raised later without breaking old keys.
    /// </summary>
    public const int Pbkdf2Iterations = 100_000;

    /// <summary>The argument checks every backend's PEM export makes before any work.</summary>
    /// <param name="key">The key to write.</param>
    /// <param name="format">The PEM layout.</param>
    /// <param name="passphrase">The pass phrase, required for <see cref="PrivateKeyPemFormat.EncryptedPkcs8"/>.</param>
    public static void CheckExport(AsymmetricAlgorithm key, PrivateKeyPemFormat format, ReadOnlySpan<char> passphrase)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (format == PrivateKeyPemFormat.EncryptedPkcs8 && passphrase.IsEmpty)
        {
            throw KeyPemErrors.EncryptionNeedsPassphrase();
        }

        if (key is not (RSA or ECDsa))
        {
            throw KeyPemErrors.UnsupportedKeyType(key);
        }
    }
}
