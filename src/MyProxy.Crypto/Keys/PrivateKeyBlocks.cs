using MyProxy.Crypto.Pem;

namespace MyProxy.Crypto.Keys;

/// <summary>The private-key PEM labels both backends read, and how the first key block is found.</summary>
internal static class PrivateKeyBlocks
{
    public const string Rsa = "RSA PRIVATE KEY";
    public const string Ec = "EC PRIVATE KEY";
    public const string Pkcs8 = "PRIVATE KEY";
    public const string EncryptedPkcs8 = "ENCRYPTED PRIVATE KEY";

    private static readonly string[] Labels = [Rsa, Ec, Pkcs8, EncryptedPkcs8];

    /// <summary>The first block that holds a private key; certificates and other blocks before it are skipped.</summary>
    /// <param name="pem">The PEM text.</param>
    /// <returns>The key block.</returns>
    /// <exception cref="MyProxyCryptoException">No private-key block.</exception>
    public static PemBlock FindFirst(ReadOnlySpan<char> pem)
    {
        foreach (var block in PemBlockReader.ReadAll(pem))
        {
            if (Array.IndexOf(Labels, block.Label) >= 0)
            {
                return block;
            }
        }

        throw KeyPemErrors.NoPrivateKey();
    }
}
