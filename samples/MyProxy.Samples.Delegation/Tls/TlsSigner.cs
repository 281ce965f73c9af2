using System.Security.Cryptography;
using MyProxy.Crypto.Credentials;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto;
using Org.BouncyCastle.Tls.Crypto.Impl.BC;

namespace MyProxy.Samples.Delegation.Tls;

/// <summary>A credential (the service's host certificate or the caller's proxy) as the signer BouncyCastle TLS authenticates with.</summary>
internal static class TlsSigner
{
    // RSA-PSS first: TLS 1.3 allows nothing else for RSA, and every peer of this sample offers it in TLS 1.2 too.
    private static readonly SignatureAndHashAlgorithm[] Preferred =
    [
        SignatureAndHashAlgorithm.rsa_pss_rsae_sha256,
        SignatureAndHashAlgorithm.GetInstance(Org.BouncyCastle.Tls.HashAlgorithm.sha256, SignatureAlgorithm.rsa),
    ];

    /// <summary>The signer for <paramref name="credential"/>, using the first of our algorithms the peer offered.</summary>
    /// <param name="context">The connection's TLS context.</param>
    /// <param name="crypto">The connection's TLS crypto.</param>
    /// <param name="credential">The chain (leaf first, all of it sent) and its RSA key.</param>
    /// <param name="offered">What the peer accepts; <see langword="null"/> when it did not say (TLS 1.2).</param>
    /// <param name="requestContext">The TLS 1.3 certificate_request_context a client echoes; <see langword="null"/> for a server.</param>
    public static TlsCredentialedSigner Create(
        TlsContext context, BcTlsCrypto crypto, X509Credential credential, IList<SignatureAndHashAlgorithm>? offered, byte[]? requestContext)
    {
        if (credential.PrivateKey is not RSA)
        {
            throw new TlsFatalAlert(AlertDescription.internal_error, "this sample authenticates with RSA keys only");
        }

        var algorithm = Preferred.FirstOrDefault(candidate => offered is null || offered.Contains(candidate))
            ?? throw new TlsFatalAlert(AlertDescription.handshake_failure, "the peer accepts neither RSA-PSS nor RSA PKCS#1 with SHA-256");
        var certificates = credential.Chain.Select(certificate => (TlsCertificate)new BcTlsCertificate(crypto, certificate.RawData)).ToArray();
        var chain = TlsUtilities.IsTlsV13(context)
            ? new Certificate(requestContext ?? TlsUtilities.EmptyBytes, [.. certificates.Select(certificate => new CertificateEntry(certificate, null))])
            : new Certificate(certificates);
        var key = PrivateKeyFactory.CreateKey(credential.PrivateKey.ExportPkcs8PrivateKey());
        return new BcDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), crypto, key, chain, algorithm);
    }
}
