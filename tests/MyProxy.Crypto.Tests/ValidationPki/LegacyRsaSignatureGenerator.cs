using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MyProxy.Crypto.Tests.ValidationPki;

/// <summary>Signs with RSA PKCS#1 v1.5 and a digest .NET's own generator refuses (SHA-1, MD5), to build old-style test certificates.</summary>
public sealed class LegacyRsaSignatureGenerator(RSA key, HashAlgorithmName hash) : X509SignatureGenerator
{
    public static bool Handles(HashAlgorithmName hash) => hash == HashAlgorithmName.SHA1 || hash == HashAlgorithmName.MD5;

    public override byte[] GetSignatureAlgorithmIdentifier(HashAlgorithmName hashAlgorithm)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(hash == HashAlgorithmName.MD5 ? "1.2.840.113549.1.1.4" : "1.2.840.113549.1.1.5");
            writer.WriteNull();
        }

        return writer.Encode();
    }

    public override byte[] SignData(byte[] data, HashAlgorithmName hashAlgorithm) => key.SignData(data, hash, RSASignaturePadding.Pkcs1);

    protected override PublicKey BuildPublicKey() => PublicKey.CreateFromSubjectPublicKeyInfo(key.ExportSubjectPublicKeyInfo(), out _);
}
