using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using BigInteger = Org.BouncyCastle.Math.BigInteger;

namespace MyProxy.Crypto.Backends.BouncyCastle;

/// <summary>
/// Issues certificates by building the TBSCertificate with <see cref="V3TbsCertificateGenerator"/> and signing it
/// with an <see cref="ISignatureFactory"/>: unlike <c>X509V3CertificateGenerator</c>, this takes each
/// extension's value bytes as they are, so the certificate carries exactly the template's extensions.
/// </summary>
internal static class BouncyCastleIssuer
{
    public static X509Certificate2 Issue(CertificateTemplate template, PublicKey subjectPublicKey, AsymmetricAlgorithm issuerKey)
    {
        TemplateArguments.Check(template, subjectPublicKey, issuerKey);
        var factory = BouncyCastleKeyParameters.SignatureFactory(issuerKey, template.SignatureHash);
        var algorithm = (AlgorithmIdentifier)factory.AlgorithmDetails;
        var tbs = TbsCertificate(template, subjectPublicKey, algorithm);
        var signature = Sign(factory, tbs.GetEncoded(Asn1Encodable.Der));
        var certificate = new X509CertificateStructure(tbs, algorithm, new DerBitString(signature));
        return X509CertificateLoader.LoadCertificate(certificate.GetEncoded(Asn1Encodable.Der));
    }

    private static TbsCertificateStructure TbsCertificate(CertificateTemplate template, PublicKey subjectPublicKey, AlgorithmIdentifier algorithm)
    {
        var generator = new V3TbsCertificateGenerator();
        generator.SetSerialNumber(new DerInteger(new BigInteger(1, template.SerialNumber.ToByteArray(isUnsigned: true, isBigEndian: true))));
        generator.SetSignature(algorithm);
        generator.SetIssuer(Name(template.Issuer));
        generator.SetStartDate(new Time(template.NotBefore.UtcDateTime));
        generator.SetEndDate(new Time(template.NotAfter.UtcDateTime));
        generator.SetSubject(Name(template.Subject));
        generator.SetSubjectPublicKeyInfo(SubjectPublicKeyInfo.GetInstance(subjectPublicKey.ExportSubjectPublicKeyInfo()));
        if (template.Extensions.Count > 0)
        {
            generator.SetExtensions(Extensions(template.Extensions));
        }

        return generator.GenerateTbsCertificate();
    }

    private static X509Extensions Extensions(IReadOnlyList<System.Security.Cryptography.X509Certificates.X509Extension> extensions)
    {
        var generator = new X509ExtensionsGenerator();
        foreach (var extension in extensions)
        {
            generator.AddExtension(new DerObjectIdentifier(extension.Oid!.Value!), extension.Critical, extension.RawData);
        }

        return generator.Generate();
    }

    private static byte[] Sign(ISignatureFactory factory, byte[] tbs)
    {
        var calculator = factory.CreateCalculator();
        using (var stream = calculator.Stream)
        {
            stream.Write(tbs);
        }

        return ((IBlockResult)calculator.GetResult()).Collect();
    }

    // X509Name keeps the sequence it was read from, so the DER comes out as it went in.
    private static X509Name Name(X500DistinguishedName name) => X509Name.GetInstance(Asn1Object.FromByteArray(name.RawData));
}
