using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Certificates;
using MyProxy.Crypto.Keys;
using MyProxy.Crypto.Requests;

namespace MyProxy.Crypto;

/// <summary>
/// The cryptographic primitives the rest of the library is built on: keys, PEM keys, PKCS#10 requests,
/// certificate issuance from a fully decided <see cref="CertificateTemplate"/>, and signature checks.
/// Proxy rules (naming, lifetime, policy inheritance) and chain validation live above this interface and
/// are written once; each backend only supplies the primitives, so both are held to one contract test suite.
/// </summary>
/// <remarks>
/// Keys cross this interface as <see cref="AsymmetricAlgorithm"/> (<see cref="RSA"/> or <see cref="ECDsa"/>) and
/// certificates as <see cref="X509Certificate2"/>, so no BouncyCastle type reaches callers and the
/// <see cref="CryptoBackend.System"/> backend stands alone. Implementations are thread-safe.
/// Failures on bad input are reported as <see cref="MyProxyCryptoException"/>.
/// </remarks>
public interface ICryptoProvider
{
    /// <summary>Which library implements this provider.</summary>
    CryptoBackend Backend { get; }

    /// <summary>Generates a new key pair.</summary>
    /// <param name="specification">RSA with a size in bits (1024–8192), or an EC curve (P-256, P-384).</param>
    /// <returns>The new key; the caller owns and disposes it.</returns>
    AsymmetricAlgorithm GenerateKey(KeySpecification specification);

    /// <summary>
    /// Reads a private key from PEM: PKCS#1 (<c>RSA PRIVATE KEY</c>), SEC 1 (<c>EC PRIVATE KEY</c>), PKCS#8
    /// (<c>PRIVATE KEY</c>), encrypted PKCS#8 (<c>ENCRYPTED PRIVATE KEY</c>) and legacy OpenSSL encryption
    /// (<c>Proc-Type: 4,ENCRYPTED</c> with DES-EDE3-CBC or AES-128/192/256-CBC).
    /// </summary>
    /// <param name="pem">PEM text; the first private-key block is read, other blocks are ignored.</param>
    /// <param name="passphrase">The pass phrase of an encrypted key; empty for a plain key.</param>
    /// <returns>The key; the caller owns and disposes it.</returns>
    /// <exception cref="MyProxyCryptoException">No key block, a malformed key, a wrong or missing pass phrase.</exception>
    AsymmetricAlgorithm ImportPrivateKeyPem(ReadOnlySpan<char> pem, ReadOnlySpan<char> passphrase);

    /// <summary>Writes a private key as PEM.</summary>
    /// <param name="key">An RSA or EC private key.</param>
    /// <param name="format">The PEM layout.</param>
    /// <param name="passphrase">Required for <see cref="PrivateKeyPemFormat.EncryptedPkcs8"/>, ignored otherwise.</param>
    /// <returns>The PEM text, ending in a newline.</returns>
    string ExportPrivateKeyPem(AsymmetricAlgorithm key, PrivateKeyPemFormat format, ReadOnlySpan<char> passphrase);

    /// <summary>Creates a DER PKCS#10 request for <paramref name="key"/>, signed with it.</summary>
    /// <param name="key">The key the request is for (its private half signs the request).</param>
    /// <param name="options">Subject, requested ProxyCertInfo extension and signature hash.</param>
    /// <returns>The DER bytes of the request.</returns>
    byte[] CreateCertificateRequest(AsymmetricAlgorithm key, CertificateRequestOptions options);

    /// <summary>Decodes a DER PKCS#10 request and checks its self-signature (proof of possession).</summary>
    /// <param name="der">The request bytes.</param>
    /// <returns>The request's public key, subject and requested proxy extension.</returns>
    /// <exception cref="MyProxyCryptoException">Malformed DER, an unsupported key, or a signature that does not verify.</exception>
    DecodedCertificateRequest DecodeCertificateRequest(ReadOnlyMemory<byte> der);

    /// <summary>Builds and signs the certificate the template describes, exactly as described.</summary>
    /// <param name="template">Issuer and subject names (DER kept byte for byte), serial, validity, extensions, hash.</param>
    /// <param name="subjectPublicKey">The public key the certificate certifies.</param>
    /// <param name="issuerKey">The issuer's private key, which signs.</param>
    /// <returns>The new certificate (without a private key attached).</returns>
    X509Certificate2 IssueCertificate(CertificateTemplate template, PublicKey subjectPublicKey, AsymmetricAlgorithm issuerKey);

    /// <summary>Whether <paramref name="certificate"/>'s signature verifies with <paramref name="issuerPublicKey"/>.</summary>
    /// <param name="certificate">The signed certificate.</param>
    /// <param name="issuerPublicKey">The public key of its claimed issuer.</param>
    /// <returns><see langword="true"/> when the signature is valid; <see langword="false"/> for a bad signature or an unsupported algorithm.</returns>
    bool VerifyCertificateSignature(X509Certificate2 certificate, PublicKey issuerPublicKey);

    /// <summary>Whether a DER CRL's signature verifies with <paramref name="issuerPublicKey"/>.</summary>
    /// <param name="crlDer">The DER bytes of the CRL.</param>
    /// <param name="issuerPublicKey">The public key of the CA that claims to have issued it.</param>
    /// <returns><see langword="true"/> when the signature is valid.</returns>
    bool VerifyCrlSignature(ReadOnlyMemory<byte> crlDer, PublicKey issuerPublicKey);

    /// <summary>Fills <paramref name="destination"/> with cryptographically strong random bytes (serial numbers).</summary>
    /// <param name="destination">Where to write.</param>
    void FillRandom(Span<byte> destination);
}
