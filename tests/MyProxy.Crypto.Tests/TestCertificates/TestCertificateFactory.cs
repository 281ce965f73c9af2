using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Proxies;

namespace MyProxy.Crypto.Tests.TestCertificates;

/// <summary>
/// Small self-signed certificates with chosen subjects and extensions, for tests that look at a certificate's
/// fields (classification) rather than at signatures. Keys are P-256 so building them is quick.
/// </summary>
internal static class TestCertificateFactory
{
    /// <summary>In .NET's display order: the last RDN of the DER comes first.</summary>
    public const string UserSubject = "CN=Test User, DC=example, DC=org";

    private const string CommonNameOid = "2.5.4.3";
    private const string OrganizationalUnitOid = "2.5.4.11";

    public static X509Certificate2 Create(X500DistinguishedName subject, params X509Extension[] extensions)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        foreach (var extension in extensions)
        {
            request.CertificateExtensions.Add(extension);
        }

        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddMinutes(-5), now.AddHours(1));
    }

    /// <summary>The user's name with one more CN appended (last in the DER), as a proxy subject is formed.</summary>
    public static X500DistinguishedName UserWithCommonName(string commonName)
    {
        // The builder encodes the RDNs in the reverse of the order they are added.
        var builder = new X500DistinguishedNameBuilder();
        builder.AddCommonName(commonName);
        builder.AddCommonName("Test User");
        builder.AddDomainComponent("example");
        builder.AddDomainComponent("org");
        return builder.Build();
    }

    /// <summary>The user's name followed by a last RDN that holds two values: CN=<paramref name="commonName"/> and OU=x.</summary>
    public static X500DistinguishedName UserWithMultiValuedLastRdn(string commonName)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            WriteRdn(writer, (CommonNameOid, "Test User"));
            WriteRdn(writer, (CommonNameOid, commonName), (OrganizationalUnitOid, "x"));
        }

        return new X500DistinguishedName(writer.Encode());
    }

    public static X509Extension ProxyCertInfoExtension(ProxyCertInfo info, ProxyCertificateFormat format, bool critical = true) =>
        new(ProxyCertInfo.ExtensionOidFor(format), info.Encode(format), critical);

    public static X509Extension CertificateAuthority() => new X509BasicConstraintsExtension(true, false, 0, true);

    private static void WriteRdn(AsnWriter writer, params (string Oid, string Value)[] attributes)
    {
        using (writer.PushSetOf())
        {
            foreach (var (oid, value) in attributes)
            {
                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier(oid);
                    writer.WriteCharacterString(UniversalTagNumber.UTF8String, value);
                }
            }
        }
    }
}
