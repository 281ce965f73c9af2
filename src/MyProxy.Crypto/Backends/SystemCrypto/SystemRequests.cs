using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Requests;

namespace MyProxy.Crypto.Backends.SystemCrypto;

/// <summary>PKCS#10 requests with <see cref="CertificateRequest"/>.</summary>
internal static class SystemRequests
{
    public static byte[] Create(AsymmetricAlgorithm key, CertificateRequestOptions options)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(options);
        var request = key switch
        {
            RSA rsa => new CertificateRequest(options.Subject, rsa, options.SignatureHash, RSASignaturePadding.Pkcs1),
            ECDsa ecdsa => new CertificateRequest(options.Subject, ecdsa, options.SignatureHash),
            _ => throw new MyProxyCryptoException($"A {key.GetType().Name} key cannot sign a certificate request; use RSA or ECDSA."),
        };
        if (RequestedExtensions.ProxyExtension(options) is { } extension)
        {
            request.CertificateExtensions.Add(extension);
        }

        return request.CreateSigningRequest();
    }

    public static DecodedCertificateRequest Decode(ReadOnlyMemory<byte> der)
    {
        CertificateRequest request;
        try
        {
            // Default options verify the self-signature; the extension request is loaded only to be read,
            // never copied into a certificate, which is what the "unsafe" in the option's name warns about.
            request = CertificateRequest.LoadSigningRequest(
                der.Span,
                HashAlgorithmName.SHA256,
                out var consumed,
                CertificateRequestLoadOptions.UnsafeLoadCertificateExtensions,
                RSASignaturePadding.Pkcs1);
            if (consumed != der.Length)
            {
                throw new MyProxyCryptoException("The certificate request has extra bytes after its end; send the DER request alone.");
            }
        }
        catch (Exception exception) when (exception is CryptographicException or AsnContentException or ArgumentException or NotSupportedException)
        {
            throw new MyProxyCryptoException($"The certificate request is malformed or its signature does not verify ({exception.Message.TrimEnd('.')}).", exception);
        }

        var keySize = RequestedExtensions.KeySizeInBits(request.PublicKey);
        var (info, format) = RequestedExtensions.FindProxyCertInfo(
            request.CertificateExtensions.Select(extension => (extension.Oid?.Value ?? string.Empty, extension.RawData)));
        return new DecodedCertificateRequest(request.PublicKey, request.SubjectName, info, format, keySize);
    }
}
