using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Certificates;
using MyProxy.Crypto.Keys;
using MyProxy.Crypto.Requests;

namespace MyProxy.Crypto.Backends.BouncyCastle;

/// <summary>The BouncyCastle.Cryptography backend: managed code, independent of the platform's OpenSSL.</summary>
public sealed class BouncyCastleCryptoProvider : ICryptoProvider
{
    /// <summary>The shared instance; the provider holds no state.</summary>
    public static BouncyCastleCryptoProvider Instance { get; } = new();

    /// <inheritdoc/>
    public CryptoBackend Backend => CryptoBackend.BouncyCastle;

    /// <inheritdoc/>
    public AsymmetricAlgorithm GenerateKey(KeySpecification specification) => BouncyCastleKeys.Generate(specification);

    /// <inheritdoc/>
    public AsymmetricAlgorithm ImportPrivateKeyPem(ReadOnlySpan<char> pem, ReadOnlySpan<char> passphrase) => BouncyCastleKeys.ImportPem(pem, passphrase);

    /// <inheritdoc/>
    public string ExportPrivateKeyPem(AsymmetricAlgorithm key, PrivateKeyPemFormat format, ReadOnlySpan<char> passphrase) =>
        BouncyCastleKeys.ExportPem(key, format, passphrase);

    /// <inheritdoc/>
    public byte[] CreateCertificateRequest(AsymmetricAlgorithm key, CertificateRequestOptions options) => BouncyCastleRequests.Create(key, options);

    /// <inheritdoc/>
    public DecodedCertificateRequest DecodeCertificateRequest(ReadOnlyMemory<byte> der) => BouncyCastleRequests.Decode(der);

    /// <inheritdoc/>
    public X509Certificate2 IssueCertificate(CertificateTemplate template, PublicKey subjectPublicKey, AsymmetricAlgorithm issuerKey) =>
        BouncyCastleIssuer.Issue(template, subjectPublicKey, issuerKey);

    /// <inheritdoc/>
    public bool VerifyCertificateSignature(X509Certificate2 certificate, PublicKey issuerPublicKey) =>
        BouncyCastleSignatures.VerifyCertificate(certificate, issuerPublicKey);

    /// <inheritdoc/>
    public bool VerifyCrlSignature(ReadOnlyMemory<byte> crlDer, PublicKey issuerPublicKey) => BouncyCastleSignatures.VerifyCrl(crlDer, issuerPublicKey);

    /// <inheritdoc/>
    public void FillRandom(Span<byte> destination) => BouncyCastleKeys.Random.NextBytes(destination);
}
