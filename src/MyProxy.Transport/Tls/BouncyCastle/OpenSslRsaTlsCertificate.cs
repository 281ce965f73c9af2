using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto;
using Org.BouncyCastle.Tls.Crypto.Impl.BC;

namespace MyProxy.Transport.Tls.BouncyCastle;

/// <summary>
/// A peer certificate whose RSA signatures (PKCS#1 v1.5 and PSS with an rsaEncryption key) are verified with
/// System.Security.Cryptography; every other key type and scheme stays with BouncyCastle.
/// </summary>
internal sealed class OpenSslRsaTlsCertificate(BcTlsCrypto crypto, byte[] encoding) : BcTlsCertificate(crypto, encoding)
{
    private readonly byte[] _encoding = encoding;

    /// <summary>TLS 1.3 CertificateVerify.</summary>
    public override Tls13Verifier CreateVerifier(int signatureScheme)
    {
        var hash = signatureScheme switch
        {
            SignatureScheme.rsa_pss_rsae_sha256 => HashAlgorithmName.SHA256,
            SignatureScheme.rsa_pss_rsae_sha384 => HashAlgorithmName.SHA384,
            SignatureScheme.rsa_pss_rsae_sha512 => HashAlgorithmName.SHA512,
            _ => default,
        };
        if (hash == default || !IsRsaEncryptionKey())
        {
            return base.CreateVerifier(signatureScheme);
        }

        ValidateKeyUsage(Org.BouncyCastle.Asn1.X509.KeyUsage.DigitalSignature);
        return new OpenSslRsaVerifier(RsaPublicKey(), hash, RSASignaturePadding.Pss);
    }

    /// <summary>TLS 1.2 ServerKeyExchange and CertificateVerify.</summary>
    public override TlsVerifier CreateVerifier(short signatureAlgorithm)
    {
        var padding = signatureAlgorithm switch
        {
            SignatureAlgorithm.rsa => RSASignaturePadding.Pkcs1,
            SignatureAlgorithm.rsa_pss_rsae_sha256 or SignatureAlgorithm.rsa_pss_rsae_sha384 or SignatureAlgorithm.rsa_pss_rsae_sha512 => RSASignaturePadding.Pss,
            _ => null,
        };
        if (padding is null || !IsRsaEncryptionKey())
        {
            return base.CreateVerifier(signatureAlgorithm);
        }

        ValidateKeyUsage(Org.BouncyCastle.Asn1.X509.KeyUsage.DigitalSignature);
        var hash = signatureAlgorithm switch
        {
            SignatureAlgorithm.rsa_pss_rsae_sha384 => HashAlgorithmName.SHA384,
            SignatureAlgorithm.rsa_pss_rsae_sha512 => HashAlgorithmName.SHA512,
            _ => HashAlgorithmName.SHA256,
        };
        return new OpenSslRsaVerifier(RsaPublicKey(), hash, padding);
    }

    private bool IsRsaEncryptionKey() => SubjectPublicKeyInfo.Algorithm.Algorithm.Equals(PkcsObjectIdentifiers.RsaEncryption);

    private RSA RsaPublicKey()
    {
        using var certificate = X509CertificateLoader.LoadCertificate(_encoding);
        return certificate.GetRSAPublicKey() ?? throw new TlsFatalAlert(AlertDescription.certificate_unknown);
    }
}
