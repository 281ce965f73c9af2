using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MyProxy.Transport.Tests;

/// <summary>Throw-away certificates with chosen names.</summary>
internal static class TestCertificates
{
    public static X509Certificate2 WithSubject(string subject, string[]? dnsNames = null, IPAddress[]? addresses = null)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(new X500DistinguishedName(subject), key, HashAlgorithmName.SHA256);
        if (dnsNames is not null || addresses is not null)
        {
            var names = new SubjectAlternativeNameBuilder();
            foreach (var dnsName in dnsNames ?? [])
            {
                names.AddDnsName(dnsName);
            }

            foreach (var address in addresses ?? [])
            {
                names.AddIpAddress(address);
            }

            request.CertificateExtensions.Add(names.Build());
        }

        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
    }

    /// <summary>A CA and a server certificate it issued.</summary>
    public static (X509Certificate2 Ca, X509Certificate2 Server) IssuedPair(DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=Test CA, DC=example, DC=org", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        var ca = caRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddYears(-1), DateTimeOffset.UtcNow.AddYears(1));
        using var serverKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var serverRequest = new CertificateRequest("CN=host/localhost, DC=example, DC=org", serverKey, HashAlgorithmName.SHA256);
        var server = serverRequest.Create(ca.SubjectName, X509SignatureGenerator.CreateForECDsa(caKey), notBefore, notAfter, [1, 2, 3]);
        return (ca, server);
    }
}
