using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Certificates;
using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.Crypto;

/// <summary>
/// <see cref="OpenSslNameHash"/> against <c>openssl x509 -hash</c>: the file name OpenSSL and the Globus tools give
/// a CA in a trust directory, for names written every way a CA's subject can be.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class OpenSslNameHashInteropTests
{
    private const string Cn = "2.5.4.3";
    private const string O = "2.5.4.10";
    private const string Dc = "0.9.2342.19200300.100.1.25";
    private const string Email = "1.2.840.113549.1.9.1";

    public static IEnumerable<TestCaseData> Names()
    {
        yield return Case("Printable", Rdn(Dc, UniversalTagNumber.IA5String, "org"), Rdn(Dc, UniversalTagNumber.IA5String, "example"), Rdn(Cn, UniversalTagNumber.PrintableString, "Sandbox Test CA"));
        yield return Case("SpacesAndCase", Rdn(O, UniversalTagNumber.UTF8String, "  Grid \t  EXAMPLE  "), Rdn(Cn, UniversalTagNumber.PrintableString, "MiXeD   Case CA "));
        yield return Case("NonAscii", Rdn(O, UniversalTagNumber.UTF8String, "Universität Ünïcode"), Rdn(Cn, UniversalTagNumber.UTF8String, "ÉCOLE CA"));
        yield return Case("Bmp", Rdn(O, UniversalTagNumber.BMPString, "Bmp Örg"), Rdn(Cn, UniversalTagNumber.BMPString, "BMP CA"));
        yield return Case("T61", Rdn(Cn, UniversalTagNumber.T61String, "T61 CA"));
        yield return Case("Email", Rdn(Cn, UniversalTagNumber.PrintableString, "Mail CA"), Rdn(Email, UniversalTagNumber.IA5String, "CA@Example.ORG"));
        yield return Case("MultiValued", Multi((Cn, UniversalTagNumber.UTF8String, "Zeta"), (O, UniversalTagNumber.UTF8String, "Alpha")), Rdn(Cn, UniversalTagNumber.UTF8String, "Multi CA"));
        yield return new TestCaseData(new X500DistinguishedName([0x30, 0x00])).SetArgDisplayNames("Empty");
    }

    [TestCaseSource(nameof(Names))]
    public async Task FileStem_CertificateWithThisSubject_IsOpenSslsHash(X500DistinguishedName subject)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var certificate = new CertificateRequest(subject, key, HashAlgorithmName.SHA256).CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));

        Assert.That(OpenSslNameHash.FileStem(subject), Is.EqualTo(await OpenSslHashAsync(certificate.ExportCertificatePem())));
    }

    [Test]
    public async Task FileStem_EverySystemCa_IsOpenSslsHash()
    {
        var files = Directory.Exists("/etc/ssl/certs") ? Directory.GetFiles("/etc/ssl/certs", "*.pem") : [];
        Assume.That(files, Is.Not.Empty, "no CA bundle in /etc/ssl/certs");
        var mismatches = new List<string>();

        foreach (var file in files)
        {
            using var certificate = X509CertificateLoader.LoadCertificateFromFile(file);
            var expected = await OpenSslHashAsync(await File.ReadAllTextAsync(file));
            if (OpenSslNameHash.FileStem(certificate.SubjectName) != expected)
            {
                mismatches.Add($"{Path.GetFileName(file)}: {OpenSslNameHash.FileStem(certificate.SubjectName)} != {expected}");
            }
        }

        Assert.That(mismatches, Is.Empty);
    }

    private static async Task<string> OpenSslHashAsync(string pem)
    {
        var result = await ExternalTool.RunAsync("openssl", ["x509", "-hash", "-noout"], standardInput: pem);
        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        return result.StandardOutput.Trim();
    }

    private static TestCaseData Case(string label, params byte[][] rdns)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            foreach (var rdn in rdns)
            {
                writer.WriteEncodedValue(rdn);
            }
        }

        return new TestCaseData(new X500DistinguishedName(writer.Encode())).SetArgDisplayNames(label);
    }

    private static byte[] Rdn(string oid, UniversalTagNumber tag, string value) => Multi((oid, tag, value));

    private static byte[] Multi(params (string Oid, UniversalTagNumber Tag, string Value)[] attributes)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSetOf())
        {
            foreach (var (oid, tag, value) in attributes)
            {
                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier(oid);
                    writer.WriteCharacterString(tag, value);
                }
            }
        }

        return writer.Encode();
    }
}
