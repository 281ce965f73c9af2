using System.Security.Cryptography;
using MyProxy.Crypto.Credentials;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto;
using Org.BouncyCastle.Tls.Crypto.Impl.BC;

namespace MyProxy.Transport.Tls.BouncyCastle;

/// <summary>The client credential as BouncyCastle TLS wants it: the whole chain and a signer for its key.</summary>
internal static class ClientCredentials
{
    // Preference order; PKCS#1 v1.5 signatures are not allowed in a TLS 1.3 CertificateVerify.
    private static readonly int[] RsaSchemes13 = [SignatureScheme.rsa_pss_rsae_sha256, SignatureScheme.rsa_pss_rsae_sha384, SignatureScheme.rsa_pss_rsae_sha512];
    private static readonly int[] RsaSchemes12 = [.. RsaSchemes13, SignatureScheme.rsa_pkcs1_sha256, SignatureScheme.rsa_pkcs1_sha384, SignatureScheme.rsa_pkcs1_sha512, SignatureScheme.rsa_pkcs1_sha1];
    private static readonly int[] EcSchemes = [SignatureScheme.ecdsa_secp256r1_sha256, SignatureScheme.ecdsa_secp384r1_sha384, SignatureScheme.ecdsa_secp521r1_sha512];

    public static TlsCredentialedSigner Create(TlsContext context, BcTlsCrypto crypto, X509Credential credential, CertificateRequest request)
    {
        var tls13 = TlsUtilities.IsTlsV13(context);
        var certificates = credential.Chain.Select(certificate => (TlsCertificate)new BcTlsCertificate(crypto, certificate.RawData)).ToArray();
        var chain = tls13
            ? new Certificate(request.GetCertificateRequestContext(), [.. certificates.Select(certificate => new CertificateEntry(certificate, null))])
            : new Certificate(certificates);
        var algorithm = ChooseAlgorithm(credential.PrivateKey, tls13, request);
        return new BcDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), crypto, PrivateKey(credential.PrivateKey), chain, algorithm);
    }

    private static SignatureAndHashAlgorithm ChooseAlgorithm(AsymmetricAlgorithm key, bool tls13, CertificateRequest request)
    {
        var schemes = key switch
        {
            RSA => tls13 ? RsaSchemes13 : RsaSchemes12,
            ECDsa ecdsa => tls13 ? [EcScheme(ecdsa.KeySize)] : EcSchemes,
            _ => throw new MyProxyTransportException($"the client credential's key is a {key.GetType().Name}; only RSA and EC keys can authenticate a TLS client"),
        };

        var offered = request.SupportedSignatureAlgorithms;
        if (offered is null)
        {
            // TLS 1.2 without signature_algorithms: the RFC 5246 default for the key type.
            return key is RSA ? SignatureAndHashAlgorithm.GetInstance(Org.BouncyCastle.Tls.HashAlgorithm.sha1, SignatureAlgorithm.rsa) : SignatureAndHashAlgorithm.GetInstance(Org.BouncyCastle.Tls.HashAlgorithm.sha1, SignatureAlgorithm.ecdsa);
        }

        foreach (var scheme in schemes)
        {
            var algorithm = SignatureScheme.GetSignatureAndHashAlgorithm(scheme);
            if (offered.Contains(algorithm))
            {
                return algorithm;
            }
        }

        throw new MyProxyTransportException("the MyProxy server accepts no signature algorithm that the client credential's key can make; use an RSA or P-256 credential");
    }

    private static int EcScheme(int keySize) => keySize switch
    {
        256 => SignatureScheme.ecdsa_secp256r1_sha256,
        384 => SignatureScheme.ecdsa_secp384r1_sha384,
        _ => SignatureScheme.ecdsa_secp521r1_sha512,
    };

    private static AsymmetricKeyParameter PrivateKey(AsymmetricAlgorithm key) =>
        PrivateKeyFactory.CreateKey(key.ExportPkcs8PrivateKey());
}
