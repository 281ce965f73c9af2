using System.Security.Cryptography;
using System.Text;
using MyProxy.Crypto.Keys;

namespace MyProxy.Crypto.Backends.SystemCrypto;

/// <summary>Decrypts legacy OpenSSL PEM key encryption (<c>Proc-Type: 4,ENCRYPTED</c>) with BCL primitives.</summary>
internal static class SystemLegacyPem
{
    /// <summary>Decrypts a legacy encrypted key body.</summary>
    /// <param name="encryption">Cipher and IV from the headers.</param>
    /// <param name="cipherText">The decoded block body.</param>
    /// <param name="passphrase">The pass phrase (non-empty).</param>
    /// <returns>The plain DER key; the caller clears it.</returns>
    /// <exception cref="MyProxyCryptoException">Bad padding: a wrong pass phrase.</exception>
    public static byte[] Decrypt(LegacyPemEncryption encryption, ReadOnlySpan<byte> cipherText, ReadOnlySpan<char> passphrase)
    {
        var key = DeriveKey(passphrase, encryption.Salt, encryption.KeySize);
        try
        {
            using SymmetricAlgorithm cipher = encryption.Cipher == LegacyPemCipher.Aes ? Aes.Create() : TripleDES.Create();
            cipher.Key = key;
            return cipher.DecryptCbc(cipherText, encryption.Iv, PaddingMode.PKCS7);
        }
        catch (CryptographicException e)
        {
            throw KeyPemErrors.WrongPassphrase(e);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    /// <summary>OpenSSL's EVP_BytesToKey with MD5 and one iteration: D_i = MD5(D_(i-1) || pass || salt).</summary>
    /// <param name="passphrase">The pass phrase, used as UTF-8 bytes as OpenSSL reads them from a terminal.</param>
    /// <param name="salt">8 bytes.</param>
    /// <param name="keySize">Bytes of key wanted.</param>
    /// <returns>The key; the caller clears it.</returns>
    internal static byte[] DeriveKey(ReadOnlySpan<char> passphrase, ReadOnlySpan<byte> salt, int keySize)
    {
        var password = new byte[Encoding.UTF8.GetByteCount(passphrase)];
        Encoding.UTF8.GetBytes(passphrase, password);
        var input = new byte[MD5.HashSizeInBytes + password.Length + salt.Length];
        var key = new byte[keySize];
        Span<byte> digest = stackalloc byte[MD5.HashSizeInBytes];
        try
        {
            var previous = 0;
            for (var filled = 0; filled < keySize; filled += digest.Length)
            {
                var length = 0;
                digest[..previous].CopyTo(input);
                length += previous;
                password.CopyTo(input.AsSpan(length));
                length += password.Length;
                salt.CopyTo(input.AsSpan(length));
                length += salt.Length;
                MD5.HashData(input.AsSpan(0, length), digest);
                previous = digest.Length;
                digest[..Math.Min(digest.Length, keySize - filled)].CopyTo(key.AsSpan(filled));
            }

            return key;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(password);
            CryptographicOperations.ZeroMemory(input);
            CryptographicOperations.ZeroMemory(digest);
        }
    }
}
