using System.Security.Cryptography;
using MyProxy.Crypto.Keys;
using MyProxy.Crypto.Pem;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.Sec;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;

namespace MyProxy.Crypto.Backends.BouncyCastle;

/// <summary>
/// Key generation and PEM key import/export with BouncyCastle: BouncyCastle generates, parses, decrypts and
/// encrypts; keys leave as <see cref="RSA"/>/<see cref="ECDsa"/> through their PKCS#8 encoding.
/// </summary>
internal static class BouncyCastleKeys
{
    private const int RsaPrimeCertainty = 100;

    public static SecureRandom Random { get; } = new();

    public static AsymmetricAlgorithm Generate(KeySpecification specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        IAsymmetricCipherKeyPairGenerator generator;
        if (specification.Algorithm == KeyAlgorithm.Rsa)
        {
            generator = new RsaKeyPairGenerator();
            generator.Init(new RsaKeyGenerationParameters(BigInteger.ValueOf(65537), Random, specification.SizeInBits, RsaPrimeCertainty));
        }
        else
        {
            var curve = specification.Algorithm == KeyAlgorithm.EcP256 ? SecObjectIdentifiers.SecP256r1 : SecObjectIdentifiers.SecP384r1;
            generator = new ECKeyPairGenerator("ECDSA");
            generator.Init(new ECKeyGenerationParameters(curve, Random));
        }

        return BouncyCastleKeyConversion.ToDotNet(generator.GenerateKeyPair().Private);
    }

    public static AsymmetricAlgorithm ImportPem(ReadOnlySpan<char> pem, ReadOnlySpan<char> passphrase)
    {
        var block = PrivateKeyBlocks.FindFirst(pem);
        var der = block.DecodeContent();
        try
        {
            var key = block.Label switch
            {
                PrivateKeyBlocks.EncryptedPkcs8 => DecryptPkcs8(der, passphrase),
                PrivateKeyBlocks.Pkcs8 => Parse(block.Label, () => PrivateKeyFactory.CreateKey(der)),
                _ when block.IsLegacyEncrypted => ImportLegacy(block, der, passphrase),
                _ => ParseTraditional(block.Label, der),
            };
            return BouncyCastleKeyConversion.ToDotNet(key);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(der);
        }
    }

    public static string ExportPem(AsymmetricAlgorithm key, PrivateKeyPemFormat format, ReadOnlySpan<char> passphrase)
    {
        KeyEncryption.CheckExport(key, format, passphrase);

        var info = BouncyCastleKeyConversion.FromDotNet(key);
        var (label, der) = format switch
        {
            PrivateKeyPemFormat.Traditional when key is RSA => (PrivateKeyBlocks.Rsa, info.ParsePrivateKey().GetDerEncoded()),
            PrivateKeyPemFormat.Traditional => (PrivateKeyBlocks.Ec, BouncyCastleKeyConversion.Sec1(info).GetDerEncoded()),
            PrivateKeyPemFormat.Pkcs8 => (PrivateKeyBlocks.Pkcs8, info.GetDerEncoded()),
            PrivateKeyPemFormat.EncryptedPkcs8 => (PrivateKeyBlocks.EncryptedPkcs8, BouncyCastlePkcs8Encryption.Encrypt(info, passphrase)),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown PEM format."),
        };
        try
        {
            return PemEncoding.WriteString(label, der) + "\n";
        }
        finally
        {
            CryptographicOperations.ZeroMemory(der);
        }
    }

    private static AsymmetricKeyParameter ParseTraditional(string label, byte[] der) => Parse(label, () =>
    {
        if (label == PrivateKeyBlocks.Rsa)
        {
            var rsa = RsaPrivateKeyStructure.GetInstance(Asn1Object.FromByteArray(der));
            return PrivateKeyFactory.CreateKey(new PrivateKeyInfo(new AlgorithmIdentifier(PkcsObjectIdentifiers.RsaEncryption, DerNull.Instance), rsa));
        }

        var ec = ECPrivateKeyStructure.GetInstance(Asn1Object.FromByteArray(der));
        var curve = ec.Parameters ?? throw KeyPemErrors.Malformed(label);
        return PrivateKeyFactory.CreateKey(new PrivateKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.IdECPublicKey, curve), ec));
    });

    private static AsymmetricKeyParameter DecryptPkcs8(byte[] der, ReadOnlySpan<char> passphrase)
    {
        if (passphrase.IsEmpty)
        {
            throw KeyPemErrors.PassphraseNeeded();
        }

        var password = passphrase.ToArray();
        try
        {
            var encrypted = Parse(PrivateKeyBlocks.EncryptedPkcs8, () => EncryptedPrivateKeyInfo.GetInstance(Asn1Object.FromByteArray(der)));
            return PrivateKeyFactory.DecryptKey(password, encrypted);
        }
        catch (Exception e) when (IsParseFailure(e))
        {
            // Bad padding, or padding that checks out by chance and then garbage DER.
            throw KeyPemErrors.WrongPassphrase(e);
        }
        finally
        {
            Array.Clear(password);
        }
    }

    private static AsymmetricKeyParameter ImportLegacy(PemBlock block, byte[] der, ReadOnlySpan<char> passphrase)
    {
        var encryption = LegacyPemEncryption.FromHeaders(block);
        if (passphrase.IsEmpty)
        {
            throw KeyPemErrors.PassphraseNeeded();
        }

        var plain = BouncyCastleLegacyPem.Decrypt(encryption, der, passphrase);
        try
        {
            return ParseTraditional(block.Label, plain);
        }
        catch (MyProxyCryptoException e)
        {
            throw KeyPemErrors.WrongPassphrase(e);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }

    private static T Parse<T>(string label, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (Exception e) when (IsParseFailure(e))
        {
            throw KeyPemErrors.Malformed(label, e);
        }
    }

    /// <summary>The exceptions BouncyCastle raises for malformed ASN.1 or a failed decryption.</summary>
    internal static bool IsParseFailure(Exception e) =>
        e is IOException or ArgumentException or InvalidCastException or InvalidOperationException or FormatException
            or CryptoException or SecurityUtilityException or IndexOutOfRangeException;
}
