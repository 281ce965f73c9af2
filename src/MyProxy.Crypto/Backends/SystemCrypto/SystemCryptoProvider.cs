using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Certificates;
using MyProxy.Crypto.Keys;
using MyProxy.Crypto.Requests;

namespace MyProxy.Crypto.Backends.SystemCrypto;

/// <summary>The System.Security.Cryptography backend (OpenSSL on Linux): no BouncyCastle code runs on this path, for FIPS hosts.</summary>
public sealed class SystemCryptoProvider : ICryptoProvider
{
    /// <summary>The shared instance; the provider holds no state.</summary>
    public static SystemCryptoProvider Instance { get; } = new();

    /// <inheritdoc/>
    public CryptoBackend Backend => CryptoBackend.System;

    /// <inheritdoc/>
    public AsymmetricAlgorithm GenerateKey(KeySpecification specification) => SystemKeys.Generate(specification);

    /// <inheritdoc/>
    public AsymmetricAlgorithm ImportPrivateKeyPem(ReadOnlySpan<char> pem, ReadOnlySpan<char> passphrase) => SystemKeys.ImportPem(pem, passphrase);

    /// <inheritdoc/>
    public string ExportPrivateKeyPem(AsymmetricAlgorithm key, PrivateKeyPemFormat format, ReadOnlySpan<char> passphrase) =>
        SystemKeys.ExportPem(key, format, passphrase);

    /// <inheritdoc/>
    public byte[] CreateCertificateRequest(AsymmetricAlgorithm key, CertificateRequestOptions options) => SystemRequests.Create(key, options);

    /// <inheritdoc/>
    public DecodedCertificateRequest DecodeCertificateRequest(ReadOnlyMemory<byte> der) => SystemRequests.Decode(der);

    /// <inheritdoc/>
    public X509Certificate2 IssueCertificate(CertificateTemplate template, PublicKey subjectPublicKey, AsymmetricAlgorithm issuerKey) =>
        SystemIssuer.Issue(template, subjectPublicKey, issuerKey);

    /// <inheritdoc/>
    public bool VerifyCertificateSignature(X509Certificate2 certificate, PublicKey issuerPublicKey) =>
        SystemSignatures.VerifyCertificate(certificate, issuerPublicKey);

    /// <inheritdoc/>
    public bool VerifyCrlSignature(ReadOnlyMemory<byte> crlDer, PublicKey issuerPublicKey) => SystemSignatures.VerifyCrl(crlDer, issuerPublicKey);

    /// <inheritdoc/>
    public void FillRandom(Span<byte> destination) => RandomNumberGenerator.Fill(destination);
}
