using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MyProxy.Crypto.Certificates;

/// <summary>The argument checks every backend's issuer makes before it builds a certificate.</summary>
internal static class TemplateArguments
{
    public static void Check(CertificateTemplate template, PublicKey subjectPublicKey, AsymmetricAlgorithm issuerKey)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(subjectPublicKey);
        ArgumentNullException.ThrowIfNull(issuerKey);
        if (template.SerialNumber.Sign <= 0)
        {
            throw new ArgumentException("A certificate serial number must be positive.", nameof(template));
        }

        if (template.NotAfter < template.NotBefore)
        {
            throw new ArgumentException("A certificate cannot end before it starts.", nameof(template));
        }
    }
}
