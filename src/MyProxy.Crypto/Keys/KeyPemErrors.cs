namespace MyProxy.Crypto.Keys;

/// <summary>
/// The one-line messages both backends raise for PEM keys, so that they fail alike. None of them carries key
/// bytes or the pass phrase.
/// </summary>
internal static class KeyPemErrors
{
    public static MyProxyCryptoException NoPrivateKey() =>
        new("no private key found in the PEM text (expected RSA PRIVATE KEY, EC PRIVATE KEY, PRIVATE KEY or ENCRYPTED PRIVATE KEY).");

    public static MyProxyCryptoException PassphraseNeeded() =>
        new("the private key is encrypted; a pass phrase is needed.");

    public static MyProxyCryptoException WrongPassphrase(Exception? cause = null) => cause is null
        ? new("wrong pass phrase for the private key; try again.")
        : new("wrong pass phrase for the private key; try again.", cause);

    public static MyProxyCryptoException UnsupportedDekInfo(string algorithm) =>
        new($"unsupported key encryption DEK-Info {Printable(algorithm)}; re-encrypt the key with 'openssl pkcs8 -topk8 -v2 aes-256-cbc'.");

    public static MyProxyCryptoException BadLegacyHeaders() =>
        new("the encrypted private key has no valid DEK-Info header (expected 'DEK-Info: <cipher>,<hex IV>').");

    public static MyProxyCryptoException Malformed(string label, Exception? cause = null) => cause is null
        ? new($"the private key ({label}) is malformed.")
        : new($"the private key ({label}) is malformed.", cause);

    public static MyProxyCryptoException UnsupportedAlgorithm(string what) =>
        new($"unsupported private key algorithm: {Printable(what)}; use an RSA or EC (named curve) key.");

    public static MyProxyCryptoException UnsupportedKeyType(object key) =>
        new($"unsupported key type {key.GetType().Name}; use an RSA or ECDsa key.");

    public static MyProxyCryptoException NotExportable(Exception cause) =>
        new("the private key cannot be exported (it is not exportable or not a private key).", cause);

    public static ArgumentException EncryptionNeedsPassphrase() =>
        new("A pass phrase is needed to write an encrypted private key.", "passphrase");

    // Header values come from the file; keep messages one line and short whatever the file holds.
    private static string Printable(string text)
    {
        var clean = new string([.. text.Where(c => !char.IsControl(c))]);
        return clean.Length > 40 ? clean[..40] + "…" : clean;
    }
}
