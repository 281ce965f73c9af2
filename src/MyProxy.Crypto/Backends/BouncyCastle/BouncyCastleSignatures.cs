using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Certificates;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace MyProxy.Crypto.Backends.BouncyCastle;

/// <summary>
/// Certificate and CRL signature checks with BouncyCastle: <c>X509Certificate.Verify</c> / <c>X509Crl.Verify</c>
/// with the issuer key converted from its SubjectPublicKeyInfo (once per key: <see cref="BouncyCastleIssuerKeys"/>).
/// </summary>
/// <remarks>
/// BouncyCastle verifies every RSA (PKCS#1 v1.5, PSS) and ECDSA algorithm it knows, SHA-224 included. MD5 (and
/// MD2) signatures are refused before BouncyCastle sees them, so both backends give the same verdict on old
/// gLite-era certificates; SHA-1 is left to the validator's policy.
/// </remarks>
internal static class BouncyCastleSignatures
{
    public static bool VerifyCertificate(X509Certificate2 certificate, PublicKey issuerPublicKey)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return Verify(certificate.RawData, issuerPublicKey, isCrl: false);
    }

    public static bool VerifyCrl(ReadOnlyMemory<byte> crlDer, PublicKey issuerPublicKey) => Verify(crlDer, issuerPublicKey, isCrl: true);

    private static bool Verify(ReadOnlyMemory<byte> der, PublicKey issuerPublicKey, bool isCrl)
    {
        ArgumentNullException.ThrowIfNull(issuerPublicKey);
        var signed = SignedObject.TryRead(der);
        if (signed is null || IsRefusedDigest(signed.AlgorithmOid))
        {
            return false;
        }

        try
        {
            var key = BouncyCastleIssuerKeys.For(issuerPublicKey);
            var bytes = der.ToArray();
            if (isCrl)
            {
                new X509CrlParser().ReadCrl(bytes).Verify(new Asn1VerifierFactoryProvider(key));
            }
            else
            {
                new X509CertificateParser().ReadCertificate(bytes).Verify(key);
            }

            return true;
        }
        catch (Exception exception) when (exception is GeneralSecurityException or SecurityUtilityException or CryptoException or ArgumentException
            or InvalidOperationException or InvalidCastException or IOException or FormatException)
        {
            // BouncyCastle reports a bad signature, an unknown algorithm and an unusable key all by throwing.
            return false;
        }
    }

    private static bool IsRefusedDigest(string oid) => oid is "1.2.840.113549.1.1.4" or "1.2.840.113549.1.1.2";
}
