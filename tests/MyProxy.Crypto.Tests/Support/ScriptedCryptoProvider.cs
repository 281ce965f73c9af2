using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Certificates;
using MyProxy.Crypto.Keys;
using MyProxy.Crypto.Requests;

namespace MyProxy.Crypto.Tests.Support;

/// <summary>
/// A real backend with two seams scripted: keys come from <see cref="TestKeys"/> (generation belongs to another
/// part of the library) and random bytes can be dictated, to pin serial numbers.
/// </summary>
internal sealed class ScriptedCryptoProvider(ICryptoProvider inner) : ICryptoProvider
{
    private readonly Queue<byte[]> _random = new();

    public CryptoBackend Backend => inner.Backend;

    public List<KeySpecification> GeneratedKeys { get; } = [];

    /// <summary>The next <see cref="FillRandom"/> calls return these bytes (repeated to length), then real randomness.</summary>
    public void QueueRandom(params byte[][] values)
    {
        foreach (var value in values)
        {
            _random.Enqueue(value);
        }
    }

    public AsymmetricAlgorithm GenerateKey(KeySpecification specification)
    {
        GeneratedKeys.Add(specification);
        return specification.Algorithm == KeyAlgorithm.Rsa ? TestKeys.Rsa() : TestKeys.EcP256();
    }

    public AsymmetricAlgorithm ImportPrivateKeyPem(ReadOnlySpan<char> pem, ReadOnlySpan<char> passphrase) => inner.ImportPrivateKeyPem(pem, passphrase);

    public string ExportPrivateKeyPem(AsymmetricAlgorithm key, PrivateKeyPemFormat format, ReadOnlySpan<char> passphrase) =>
        inner.ExportPrivateKeyPem(key, format, passphrase);

    public byte[] CreateCertificateRequest(AsymmetricAlgorithm key, CertificateRequestOptions options) => inner.CreateCertificateRequest(key, options);

    public DecodedCertificateRequest DecodeCertificateRequest(ReadOnlyMemory<byte> der) => inner.DecodeCertificateRequest(der);

    public X509Certificate2 IssueCertificate(CertificateTemplate template, PublicKey subjectPublicKey, AsymmetricAlgorithm issuerKey) =>
        inner.IssueCertificate(template, subjectPublicKey, issuerKey);

    public bool VerifyCertificateSignature(X509Certificate2 certificate, PublicKey issuerPublicKey) => inner.VerifyCertificateSignature(certificate, issuerPublicKey);

    public bool VerifyCrlSignature(ReadOnlyMemory<byte> crlDer, PublicKey issuerPublicKey) => inner.VerifyCrlSignature(crlDer, issuerPublicKey);

    public void FillRandom(Span<byte> destination)
    {
        if (!_random.TryDequeue(out var value))
        {
            inner.FillRandom(destination);
            return;
        }

        for (var index = 0; index < destination.Length; index++)
        {
            destination[index] = value[index % value.Length];
        }
    }
}
