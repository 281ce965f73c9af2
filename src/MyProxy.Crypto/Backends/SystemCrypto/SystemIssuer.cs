using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Certificates;

namespace MyProxy.Crypto.Backends.SystemCrypto;

/// <summary>Issues certificates with <see cref="CertificateRequest.Create(X500DistinguishedName, X509SignatureGenerator, DateTimeOffset, DateTimeOffset, ReadOnlySpan{byte})"/>, which adds no extensions of its own.</summary>
internal static class SystemIssuer
{
    public static X509Certificate2 Issue(CertificateTemplate template, PublicKey subjectPublicKey, AsymmetricAlgorithm issuerKey)
    {
        TemplateArguments.Check(template, subjectPublicKey, issuerKey);
        var generator = issuerKey switch
        {
            RSA rsa => X509SignatureGenerator.CreateForRSA(rsa, RSASignaturePadding.Pkcs1),
            ECDsa ecdsa => X509SignatureGenerator.CreateForECDsa(ecdsa),
            _ => throw new MyProxyCryptoException($"A {issuerKey.GetType().Name} key cannot sign a certificate; use RSA or ECDSA."),
        };
        var request = new CertificateRequest(template.Subject, subjectPublicKey, template.SignatureHash);
        foreach (var extension in template.Extensions)
        {
            request.CertificateExtensions.Add(extension);
        }

        var serial = template.SerialNumber.ToByteArray(isUnsigned: false, isBigEndian: true);
        try
        {
            return request.Create(template.Issuer, generator, template.NotBefore, template.NotAfter, serial);
        }
        catch (CryptographicException exception)
        {
            throw new MyProxyCryptoException($"The certificate could not be signed ({exception.Message.TrimEnd('.')}).", exception);
        }
    }
}
