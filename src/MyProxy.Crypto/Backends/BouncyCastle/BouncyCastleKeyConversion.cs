using System.Security.Cryptography;
using MyProxy.Crypto.Keys;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.Sec;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;

namespace MyProxy.Crypto.Backends.BouncyCastle;

/// <summary>Moves private keys between BouncyCastle and the BCL types through PKCS#8 DER, which both read fully.</summary>
internal static class BouncyCastleKeyConversion
{
    /// <summary>The BCL key for a BouncyCastle private key.</summary>
    /// <param name="key">An RSA or EC private key.</param>
    /// <returns>An <see cref="RSA"/> or <see cref="ECDsa"/>; the caller owns it.</returns>
    public static AsymmetricAlgorithm ToDotNet(AsymmetricKeyParameter key)
    {
        AsymmetricAlgorithm result = key switch
        {
            RsaKeyParameters { IsPrivate: true } => RSA.Create(),
            ECPrivateKeyParameters => ECDsa.Create(),
            _ => throw KeyPemErrors.UnsupportedAlgorithm(key.GetType().Name),
        };
        var der = PrivateKeyInfoFactory.CreatePrivateKeyInfo(key).GetDerEncoded();
        try
        {
            result.ImportPkcs8PrivateKey(der, out _);
            return result;
        }
        catch (CryptographicException e)
        {
            result.Dispose();
            throw KeyPemErrors.Malformed(PrivateKeyBlocks.Pkcs8, e);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(der);
        }
    }

    /// <summary>The BouncyCastle PrivateKeyInfo of a BCL key.</summary>
    /// <param name="key">An <see cref="RSA"/> or <see cref="ECDsa"/> private key.</param>
    /// <returns>The parsed PKCS#8 structure.</returns>
    public static PrivateKeyInfo FromDotNet(AsymmetricAlgorithm key)
    {
        if (key is not (RSA or ECDsa))
        {
            throw KeyPemErrors.UnsupportedKeyType(key);
        }

        byte[] der;
        try
        {
            der = key.ExportPkcs8PrivateKey();
        }
        catch (CryptographicException e)
        {
            throw KeyPemErrors.NotExportable(e);
        }

        try
        {
            // Parsed and re-encoded by BouncyCastle, so what is written is BouncyCastle's encoding.
            return PrivateKeyInfoFactory.CreatePrivateKeyInfo(PrivateKeyFactory.CreateKey(der));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(der);
        }
    }

    /// <summary>The SEC 1 ECPrivateKey of an EC PrivateKeyInfo, with the curve and public key included as OpenSSL writes it.</summary>
    /// <param name="info">An EC PrivateKeyInfo.</param>
    /// <returns>The SEC 1 structure.</returns>
    public static ECPrivateKeyStructure Sec1(PrivateKeyInfo info)
    {
        var key = (ECPrivateKeyParameters)PrivateKeyFactory.CreateKey(info);
        var publicPoint = key.Parameters.G.Multiply(key.D).Normalize().GetEncoded(false);
        return new ECPrivateKeyStructure(key.Parameters.N.BitLength, key.D, new DerBitString(publicPoint),
            info.PrivateKeyAlgorithm.Parameters);
    }
}
