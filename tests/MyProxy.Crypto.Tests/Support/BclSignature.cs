using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MyProxy.Crypto.Tests.Support;

/// <summary>Checks a certificate's signature with the BCL alone, independently of either backend.</summary>
internal static class BclSignature
{
    public static bool Verifies(X509Certificate2 certificate, X509Certificate2 issuer) => Verifies(certificate, issuer.PublicKey);

    public static bool Verifies(X509Certificate2 certificate, PublicKey issuerKey)
    {
        var reader = new AsnReader(certificate.RawData, AsnEncodingRules.DER).ReadSequence();
        var tbs = reader.ReadEncodedValue().ToArray();
        var algorithm = reader.ReadSequence().ReadObjectIdentifier();
        var signature = reader.ReadBitString(out _);
        var hash = algorithm switch
        {
            "1.2.840.113549.1.1.11" or "1.2.840.10045.4.3.2" => HashAlgorithmName.SHA256,
            "1.2.840.113549.1.1.12" or "1.2.840.10045.4.3.3" => HashAlgorithmName.SHA384,
            "1.2.840.113549.1.1.13" or "1.2.840.10045.4.3.4" => HashAlgorithmName.SHA512,
            _ => throw new AssertionException($"unexpected signature algorithm {algorithm}"),
        };
        using var rsa = issuerKey.GetRSAPublicKey();
        if (rsa is not null)
        {
            return rsa.VerifyData(tbs, signature, hash, RSASignaturePadding.Pkcs1);
        }

        using var ecdsa = issuerKey.GetECDsaPublicKey() ?? throw new AssertionException("issuer key is neither RSA nor ECDSA");
        return ecdsa.VerifyData(tbs, signature, hash, DSASignatureFormat.Rfc3279DerSequence);
    }
}
