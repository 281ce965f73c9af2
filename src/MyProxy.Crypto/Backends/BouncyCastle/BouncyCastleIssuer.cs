using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509;
using BigInteger = Org.BouncyCastle.Math.BigInteger;

namespace MyProxy.Crypto.Backends.BouncyCastle;

/// <summary>Issues certificates with <see cref="X509V3CertificateGenerator"/>.</summary>
internal static class BouncyCastleIssuer
{
    public static X509Certificate2 Issue(CertificateTemplate template, PublicKey subjectPublicKey, AsymmetricAlgorithm issuerKey)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(subjectPublicKey);
        ArgumentNullException.ThrowIfNull(issuerKey);
        var factory = BouncyCastleKeyParameters.SignatureFactory(issuerKey, template.SignatureHash);
        var generator = new X509V3CertificateGenerator();
        generator.SetSerialNumber(new BigInteger(1, template.SerialNumber.ToByteArray(isUnsigned: true, isBigEndian: true)));
        generator.SetIssuerDN(Name(template.Issuer));
        generator.SetSubjectDN(Name(template.Subject));
        generator.SetNotBefore(template.NotBefore.UtcDateTime);
        generator.SetNotAfter(template.NotAfter.UtcDateTime);
        generator.SetPublicKey(BouncyCastleKeyParameters.FromPublicKey(subjectPublicKey));
        foreach (var extension in template.Extensions)
        {
            generator.AddExtension(new DerObjectIdentifier(extension.Oid!.Value!), extension.Critical, extension.RawData);
        }

        var certificate = generator.Generate(factory);
        return X509CertificateLoader.LoadCertificate(certificate.GetEncoded());
    }

    // X509Name keeps the sequence it was read from, so the DER comes out as it went in.
    private static X509Name Name(X500DistinguishedName name) => X509Name.GetInstance(Asn1Object.FromByteArray(name.RawData));
}
