using MyProxy.Crypto.Pem;

namespace MyProxy.Crypto.Keys;

/// <summary>
/// The legacy OpenSSL key encryption of a <c>Proc-Type: 4,ENCRYPTED</c> block: the cipher named by
/// <c>DEK-Info</c>, its IV, and the key derivation (EVP_BytesToKey, MD5, one iteration, salt = first 8 IV bytes).
/// </summary>
/// <param name="Cipher">The cipher family.</param>
/// <param name="KeySize">The cipher key length in bytes.</param>
/// <param name="Iv">The IV from the header.</param>
internal sealed record LegacyPemEncryption(LegacyPemCipher Cipher, int KeySize, byte[] Iv)
{
    /// <summary>The EVP_BytesToKey salt: the first 8 bytes of the IV.</summary>
    public ReadOnlySpan<byte> Salt => Iv.AsSpan(0, 8);

    /// <summary>Reads the DEK-Info header of a legacy encrypted block.</summary>
    /// <param name="block">A block with <see cref="PemBlock.IsLegacyEncrypted"/>.</param>
    /// <returns>The cipher parameters.</returns>
    /// <exception cref="MyProxyCryptoException">No or a malformed DEK-Info, or an unsupported cipher.</exception>
    public static LegacyPemEncryption FromHeaders(PemBlock block)
    {
        if (!block.Headers.TryGetValue("DEK-Info", out var dekInfo))
        {
            throw KeyPemErrors.BadLegacyHeaders();
        }

        var comma = dekInfo.IndexOf(',', StringComparison.Ordinal);
        var algorithm = (comma < 0 ? dekInfo : dekInfo[..comma]).Trim();
        var (cipher, keySize, ivSize) = algorithm.ToUpperInvariant() switch
        {
            "DES-EDE3-CBC" => (LegacyPemCipher.TripleDes, 24, 8),
            "AES-128-CBC" => (LegacyPemCipher.Aes, 16, 16),
            "AES-192-CBC" => (LegacyPemCipher.Aes, 24, 16),
            "AES-256-CBC" => (LegacyPemCipher.Aes, 32, 16),
            _ => throw KeyPemErrors.UnsupportedDekInfo(algorithm),
        };

        var iv = ParseIv(comma < 0 ? "" : dekInfo[(comma + 1)..].Trim(), ivSize);
        return new LegacyPemEncryption(cipher, keySize, iv);
    }

    private static byte[] ParseIv(string hex, int size)
    {
        try
        {
            var iv = Convert.FromHexString(hex);
            return iv.Length == size ? iv : throw KeyPemErrors.BadLegacyHeaders();
        }
        catch (FormatException e)
        {
            throw new MyProxyCryptoException(KeyPemErrors.BadLegacyHeaders().Message, e);
        }
    }
}
