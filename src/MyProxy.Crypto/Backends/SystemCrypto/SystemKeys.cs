using System.Security.Cryptography;
using MyProxy.Crypto.Keys;
using MyProxy.Crypto.Pem;

namespace MyProxy.Crypto.Backends.SystemCrypto;

/// <summary>Key generation and PEM key import/export with System.Security.Cryptography only.</summary>
internal static class SystemKeys
{
    public static AsymmetricAlgorithm Generate(KeySpecification specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        return specification.Algorithm switch
        {
            // .NET (OpenSSL) always uses the public exponent 65537.
            KeyAlgorithm.Rsa => RSA.Create(specification.SizeInBits),
            KeyAlgorithm.EcP256 => ECDsa.Create(ECCurve.NamedCurves.nistP256),
            KeyAlgorithm.EcP384 => ECDsa.Create(ECCurve.NamedCurves.nistP384),
            _ => throw new ArgumentOutOfRangeException(nameof(specification), specification, "Unknown key algorithm."),
        };
    }

    public static AsymmetricAlgorithm ImportPem(ReadOnlySpan<char> pem, ReadOnlySpan<char> passphrase)
    {
        var block = PrivateKeyBlocks.FindFirst(pem);
        var der = block.DecodeContent();
        try
        {
            return block.Label switch
            {
                PrivateKeyBlocks.EncryptedPkcs8 => ImportEncryptedPkcs8(der, passphrase),
                PrivateKeyBlocks.Pkcs8 => ImportPlain(block.Label, der, SystemPkcs8.IsEc(der)),
                _ when block.IsLegacyEncrypted => ImportLegacy(block, der, passphrase),
                _ => ImportPlain(block.Label, der, block.Label == PrivateKeyBlocks.Ec),
            };
        }
        finally
        {
            CryptographicOperations.ZeroMemory(der);
        }
    }

    public static string ExportPem(AsymmetricAlgorithm key, PrivateKeyPemFormat format, ReadOnlySpan<char> passphrase)
    {
        KeyEncryption.CheckExport(key, format, passphrase);

        try
        {
            var pem = format switch
            {
                PrivateKeyPemFormat.Traditional when key is RSA rsa => rsa.ExportRSAPrivateKeyPem(),
                PrivateKeyPemFormat.Traditional => ((ECDsa)key).ExportECPrivateKeyPem(),
                PrivateKeyPemFormat.Pkcs8 => key.ExportPkcs8PrivateKeyPem(),
                PrivateKeyPemFormat.EncryptedPkcs8 => key.ExportEncryptedPkcs8PrivateKeyPem(passphrase,
                    new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, KeyEncryption.Pbkdf2Iterations)),
                _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown PEM format."),
            };
            return pem + "\n";
        }
        catch (CryptographicException e)
        {
            throw KeyPemErrors.NotExportable(e);
        }
    }

    private static AsymmetricAlgorithm ImportPlain(string label, ReadOnlySpan<byte> der, bool ec)
    {
        AsymmetricAlgorithm key = ec ? ECDsa.Create() : RSA.Create();
        try
        {
            switch (key)
            {
                case RSA rsa when label == PrivateKeyBlocks.Rsa:
                    rsa.ImportRSAPrivateKey(der, out _);
                    break;
                case ECDsa ecdsa when label == PrivateKeyBlocks.Ec:
                    ecdsa.ImportECPrivateKey(der, out _);
                    break;
                default:
                    key.ImportPkcs8PrivateKey(der, out _);
                    break;
            }

            return key;
        }
        catch (Exception e) when (e is CryptographicException or PlatformNotSupportedException)
        {
            // An unknown named curve surfaces as PlatformNotSupportedException: still a malformed key to us.
            key.Dispose();
            throw KeyPemErrors.Malformed(label, e);
        }
    }

    private static AsymmetricAlgorithm ImportEncryptedPkcs8(byte[] der, ReadOnlySpan<char> passphrase)
    {
        SystemPkcs8.CheckEncrypted(der);
        if (passphrase.IsEmpty)
        {
            throw KeyPemErrors.PassphraseNeeded();
        }

        // The algorithm is only known after decryption, so try RSA, then EC: both failing means the pass
        // phrase (or the encrypted structure) is wrong.
        if (TryImportEncrypted(RSA.Create(), der, passphrase, out var key) ||
            TryImportEncrypted(ECDsa.Create(), der, passphrase, out key))
        {
            return key;
        }

        throw KeyPemErrors.WrongPassphrase();
    }

    private static bool TryImportEncrypted(AsymmetricAlgorithm candidate, ReadOnlySpan<byte> der, ReadOnlySpan<char> passphrase,
        out AsymmetricAlgorithm key)
    {
        try
        {
            candidate.ImportEncryptedPkcs8PrivateKey(passphrase, der, out _);
            key = candidate;
            return true;
        }
        catch (Exception e) when (e is CryptographicException or PlatformNotSupportedException)
        {
            candidate.Dispose();
            key = null!;
            return false;
        }
    }

    private static AsymmetricAlgorithm ImportLegacy(PemBlock block, ReadOnlySpan<byte> der, ReadOnlySpan<char> passphrase)
    {
        var encryption = LegacyPemEncryption.FromHeaders(block);
        if (passphrase.IsEmpty)
        {
            throw KeyPemErrors.PassphraseNeeded();
        }

        var plain = SystemLegacyPem.Decrypt(encryption, der, passphrase);
        try
        {
            return ImportPlain(block.Label, plain, block.Label == PrivateKeyBlocks.Ec);
        }
        catch (MyProxyCryptoException e)
        {
            // Padding that happens to check out under a wrong pass phrase still yields garbage DER.
            throw KeyPemErrors.WrongPassphrase(e);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }
}
