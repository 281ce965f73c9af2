using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Certificates;

namespace MyProxy.Crypto.Backends.SystemCrypto;

/// <summary>
/// Certificate and CRL signature checks with System.Security.Cryptography: the signed part is cut out with
/// System.Formats.Asn1 and verified with the issuer's RSA or ECDSA key.
/// </summary>
/// <remarks>
/// Supported: RSA PKCS#1 v1.5 with SHA-1/256/384/512, RSA-PSS (MGF1 with the same digest, salt = digest
/// length), ECDSA with SHA-1/256/384/512. Refused (false): MD5 (broken; refused on both backends so they
/// agree), SHA-224 (no .NET hash), anything else. Whether SHA-1 is acceptable is the validator's policy.
/// </remarks>
internal static class SystemSignatures
{
    public static bool VerifyCertificate(X509Certificate2 certificate, PublicKey issuerPublicKey)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return Verify(certificate.RawData, issuerPublicKey);
    }

    public static bool VerifyCrl(ReadOnlyMemory<byte> crlDer, PublicKey issuerPublicKey) => Verify(crlDer, issuerPublicKey);

    private static bool Verify(ReadOnlyMemory<byte> der, PublicKey issuerPublicKey)
    {
        ArgumentNullException.ThrowIfNull(issuerPublicKey);
        var signed = SignedObject.TryRead(der);
        if (signed is null || !signed.InnerAlgorithmMatches)
        {
            return false;
        }

        var algorithm = SignatureAlgorithm.Resolve(signed.AlgorithmOid, signed.AlgorithmParameters);
        if (algorithm is null || algorithm.Hash == HashAlgorithmName.MD5)
        {
            return false;
        }

        try
        {
            return algorithm.Key == SignatureKeyFamily.Rsa ? VerifyRsa(signed, algorithm, issuerPublicKey) : VerifyEcdsa(signed, algorithm, issuerPublicKey);
        }
        catch (CryptographicException)
        {
            // An unsupported digest, a key of the wrong size or a garbled key: not a valid signature.
            return false;
        }
    }

    private static bool VerifyRsa(SignedObject signed, SignatureAlgorithm algorithm, PublicKey issuerPublicKey)
    {
        using var rsa = issuerPublicKey.GetRSAPublicKey();
        var padding = algorithm.IsPss ? RSASignaturePadding.Pss : RSASignaturePadding.Pkcs1;
        return rsa is not null && rsa.VerifyData(signed.ToBeSigned.Span, signed.Signature, algorithm.Hash, padding);
    }

    private static bool VerifyEcdsa(SignedObject signed, SignatureAlgorithm algorithm, PublicKey issuerPublicKey)
    {
        using var ecdsa = issuerPublicKey.GetECDsaPublicKey();
        return ecdsa is not null
            && ecdsa.VerifyData(signed.ToBeSigned.Span, signed.Signature, algorithm.Hash, DSASignatureFormat.Rfc3279DerSequence);
    }
}
