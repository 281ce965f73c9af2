using System.Security.Cryptography;
using System.Text;
using MyProxy.Crypto.Keys;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Nist;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;

namespace MyProxy.Crypto.Backends.BouncyCastle;

/// <summary>Writes encrypted PKCS#8 as PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC, what OpenSSL 3 writes by default.</summary>
internal static class BouncyCastlePkcs8Encryption
{
    private const int SaltSize = 16;
    private const int IvSize = 16;

    /// <summary>Encrypts a PrivateKeyInfo.</summary>
    /// <param name="info">The key.</param>
    /// <param name="passphrase">The pass phrase (non-empty), as UTF-8 bytes (RFC 8018).</param>
    /// <returns>The DER EncryptedPrivateKeyInfo.</returns>
    public static byte[] Encrypt(PrivateKeyInfo info, ReadOnlySpan<char> passphrase)
    {
        var salt = new byte[SaltSize];
        BouncyCastleKeys.Random.NextBytes(salt);
        var iv = new byte[IvSize];
        BouncyCastleKeys.Random.NextBytes(iv);
        var iterations = KeyEncryption.Pbkdf2Iterations;

        var password = new byte[Encoding.UTF8.GetByteCount(passphrase)];
        Encoding.UTF8.GetBytes(passphrase, password);
        var plain = info.GetDerEncoded();
        try
        {
            var generator = new Pkcs5S2ParametersGenerator(new Sha256Digest());
            generator.Init(password, salt, iterations);
            var key = (KeyParameter)generator.GenerateDerivedParameters("AES", 256);
            var cipher = CipherUtilities.GetCipher("AES/CBC/PKCS7PADDING");
            cipher.Init(true, new ParametersWithIV(key, iv));
            var encrypted = cipher.DoFinal(plain);

            var prf = new AlgorithmIdentifier(PkcsObjectIdentifiers.IdHmacWithSha256, DerNull.Instance);
            var kdf = new KeyDerivationFunc(PkcsObjectIdentifiers.IdPbkdf2, new Pbkdf2Params(salt, iterations, prf));
            var scheme = new EncryptionScheme(NistObjectIdentifiers.IdAes256Cbc, new DerOctetString(iv));
            var algorithm = new AlgorithmIdentifier(PkcsObjectIdentifiers.IdPbeS2, new PbeS2Parameters(kdf, scheme));
            return new EncryptedPrivateKeyInfo(algorithm, encrypted).GetDerEncoded();
        }
        finally
        {
            CryptographicOperations.ZeroMemory(password);
            CryptographicOperations.ZeroMemory(plain);
        }
    }
}
