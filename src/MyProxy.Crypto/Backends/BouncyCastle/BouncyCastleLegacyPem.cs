using System.Security.Cryptography;
using System.Text;
using MyProxy.Crypto.Keys;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;

namespace MyProxy.Crypto.Backends.BouncyCastle;

/// <summary>Decrypts legacy OpenSSL PEM key encryption (<c>Proc-Type: 4,ENCRYPTED</c>) with BouncyCastle.</summary>
internal static class BouncyCastleLegacyPem
{
    /// <summary>Decrypts a legacy encrypted key body.</summary>
    /// <param name="encryption">Cipher and IV from the headers.</param>
    /// <param name="cipherText">The decoded block body.</param>
    /// <param name="passphrase">The pass phrase (non-empty), as UTF-8 bytes.</param>
    /// <returns>The plain DER key; the caller clears it.</returns>
    /// <exception cref="MyProxyCryptoException">Bad padding: a wrong pass phrase.</exception>
    public static byte[] Decrypt(LegacyPemEncryption encryption, byte[] cipherText, ReadOnlySpan<char> passphrase)
    {
        var password = new byte[Encoding.UTF8.GetByteCount(passphrase)];
        Encoding.UTF8.GetBytes(passphrase, password);
        try
        {
            // OpenSslPbeParametersGenerator is EVP_BytesToKey with MD5 and one iteration.
            var generator = new OpenSslPbeParametersGenerator();
            generator.Init(password, encryption.Salt.ToArray());
            var algorithm = encryption.Cipher == LegacyPemCipher.Aes ? "AES" : "DESEDE";
            var key = (KeyParameter)generator.GenerateDerivedParameters(algorithm, encryption.KeySize * 8);
            var cipher = CipherUtilities.GetCipher(algorithm + "/CBC/PKCS7PADDING");
            cipher.Init(false, new ParametersWithIV(key, encryption.Iv));
            return cipher.DoFinal(cipherText);
        }
        catch (Exception e) when (BouncyCastleKeys.IsParseFailure(e))
        {
            throw KeyPemErrors.WrongPassphrase(e);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(password);
        }
    }
}
