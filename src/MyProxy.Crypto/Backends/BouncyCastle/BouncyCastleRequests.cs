using System.Security.Cryptography;
using MyProxy.Crypto.Requests;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Pkcs;

namespace MyProxy.Crypto.Backends.BouncyCastle;

/// <summary>PKCS#10 requests with <see cref="Pkcs10CertificationRequest"/>.</summary>
internal static class BouncyCastleRequests
{
    public static byte[] Create(AsymmetricAlgorithm key, CertificateRequestOptions options)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(options);
        var factory = BouncyCastleKeyParameters.SignatureFactory(key, options.SignatureHash);
        var publicKey = key switch
        {
            RSA rsa => BouncyCastleKeyParameters.FromPublicKey(new System.Security.Cryptography.X509Certificates.PublicKey(rsa)),
            ECDsa ecdsa => BouncyCastleKeyParameters.FromPublicKey(new System.Security.Cryptography.X509Certificates.PublicKey(ecdsa)),
            _ => throw new MyProxyCryptoException($"A {key.GetType().Name} key cannot sign a certificate request; use RSA or ECDSA."),
        };
        var subject = X509Name.GetInstance(Asn1Object.FromByteArray(options.Subject.RawData));
        var request = new Pkcs10CertificationRequest(factory, subject, publicKey, Attributes(options));
        return request.GetEncoded();
    }

    public static DecodedCertificateRequest Decode(ReadOnlyMemory<byte> der)
    {
        var request = Parse(der);
        var info = request.GetCertificationRequestInfo();
        var publicKey = ToPublicKey(info.SubjectPublicKeyInfo);
        var keySize = RequestedExtensions.KeySizeInBits(publicKey);
        var (proxyCertInfo, format) = RequestedExtensions.FindProxyCertInfo(RequestedExtensionValues(request));
        var subject = new System.Security.Cryptography.X509Certificates.X500DistinguishedName(info.Subject.GetEncoded(Asn1Encodable.Der));
        return new DecodedCertificateRequest(publicKey, subject, proxyCertInfo, format, keySize);
    }

    private static System.Security.Cryptography.X509Certificates.PublicKey ToPublicKey(SubjectPublicKeyInfo info)
    {
        try
        {
            return BouncyCastleKeyParameters.ToPublicKey(info.GetEncoded(Asn1Encodable.Der));
        }
        catch (Exception exception) when (exception is CryptographicException or NotSupportedException)
        {
            throw new MyProxyCryptoException($"The certificate request's key algorithm {info.Algorithm.Algorithm.Id} is not supported; use RSA or ECDSA.", exception);
        }
    }

    private static Pkcs10CertificationRequest Parse(ReadOnlyMemory<byte> der)
    {
        bool verified;
        Pkcs10CertificationRequest request;
        try
        {
            // FromByteArray refuses bytes after the request's end, so nothing is silently ignored.
            var bytes = der.ToArray();
            _ = Asn1Object.FromByteArray(bytes);
            request = new Pkcs10CertificationRequest(bytes);
            verified = request.Verify();
        }
        catch (Exception exception) when (exception is not MyProxyCryptoException)
        {
            throw new MyProxyCryptoException($"The certificate request is malformed or uses an unsupported algorithm ({exception.Message.TrimEnd('.')}).", exception);
        }

        return verified
            ? request
            : throw new MyProxyCryptoException("The certificate request's signature does not verify; the requester must sign it with the key it asks to certify.");
    }

    private static IEnumerable<(string Oid, byte[] Value)> RequestedExtensionValues(Pkcs10CertificationRequest request)
    {
        X509Extensions? extensions;
        try
        {
            extensions = request.GetRequestedExtensions();
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidCastException or InvalidOperationException)
        {
            throw new MyProxyCryptoException($"The certificate request's extension request is malformed ({exception.Message.TrimEnd('.')}).", exception);
        }

        if (extensions is null)
        {
            return [];
        }

        return extensions.ExtensionOids
            .Select(oid => (oid.Id, extensions.GetExtension(oid).Value.GetOctets()))
            .ToList();
    }

    private static DerSet Attributes(CertificateRequestOptions options)
    {
        if (RequestedExtensions.ProxyExtension(options) is not { } extension)
        {
            return DerSet.Empty;
        }

        var generator = new X509ExtensionsGenerator();
        generator.AddExtension(new DerObjectIdentifier(extension.Oid!.Value!), extension.Critical, extension.RawData);
        var attribute = new AttributePkcs(PkcsObjectIdentifiers.Pkcs9AtExtensionRequest, new DerSet(generator.Generate()));
        return new DerSet(attribute);
    }
}
