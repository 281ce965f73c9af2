using System.Formats.Asn1;
using MyProxy.Crypto.Keys;

namespace MyProxy.Crypto.Backends.SystemCrypto;

/// <summary>Reads the algorithm of an unencrypted PKCS#8 PrivateKeyInfo, to pick the BCL type that imports it.</summary>
internal static class SystemPkcs8
{
    private const string RsaEncryption = "1.2.840.113549.1.1.1";
    private const string EcPublicKey = "1.2.840.10045.2.1";

    /// <summary>Checks that an EncryptedPrivateKeyInfo is well formed, so that only a failed decryption is taken for a wrong pass phrase.</summary>
    /// <param name="der">The DER EncryptedPrivateKeyInfo.</param>
    /// <exception cref="MyProxyCryptoException">Not SEQUENCE { AlgorithmIdentifier, OCTET STRING }.</exception>
    public static void CheckEncrypted(ReadOnlyMemory<byte> der)
    {
        try
        {
            var reader = new AsnReader(der, AsnEncodingRules.BER);
            var info = reader.ReadSequence();
            _ = info.ReadSequence().ReadObjectIdentifier();
            _ = info.ReadOctetString();
            info.ThrowIfNotEmpty();
            reader.ThrowIfNotEmpty();
        }
        catch (AsnContentException e)
        {
            throw KeyPemErrors.Malformed(PrivateKeyBlocks.EncryptedPkcs8, e);
        }
    }

    /// <summary>Whether the PrivateKeyInfo holds an EC key (else RSA).</summary>
    /// <param name="der">The DER PrivateKeyInfo.</param>
    /// <returns><see langword="true"/> for id-ecPublicKey, <see langword="false"/> for rsaEncryption.</returns>
    /// <exception cref="MyProxyCryptoException">Malformed, or another algorithm.</exception>
    public static bool IsEc(ReadOnlyMemory<byte> der)
    {
        string oid;
        try
        {
            var info = new AsnReader(der, AsnEncodingRules.BER).ReadSequence();
            _ = info.ReadInteger();
            oid = info.ReadSequence().ReadObjectIdentifier();
        }
        catch (AsnContentException e)
        {
            throw KeyPemErrors.Malformed(PrivateKeyBlocks.Pkcs8, e);
        }

        return oid switch
        {
            EcPublicKey => true,
            RsaEncryption => false,
            _ => throw KeyPemErrors.UnsupportedAlgorithm(oid),
        };
    }
}
