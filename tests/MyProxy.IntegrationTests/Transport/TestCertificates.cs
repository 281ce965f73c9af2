using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MyProxy.IntegrationTests.Transport;

/// <summary>Host certificates signed by the sandbox CA with chosen names and dates, for listeners that misbehave.</summary>
internal static class TestCertificates
{
    public static X509Certificate2 IssueHostCertificate(string subject, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var ca = X509Certificate2.CreateFromPemFile(Sandbox.Server.CACertificatePath, Sandbox.Server.CAKeyPath);
        using var caKey = ca.GetRSAPrivateKey()!;
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(new X500DistinguishedName(subject), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var serial = RandomNumberGenerator.GetBytes(8);
        serial[0] &= 0x7f;
        // This overload does not insist that the dates lie inside the CA's, so a test may make any dates it needs.
        var signer = X509SignatureGenerator.CreateForRSA(caKey, RSASignaturePadding.Pkcs1);
        using var issued = request.Create(ca.SubjectName, signer, notBefore, notAfter, serial);
        return issued.CopyWithPrivateKey(key);
    }

    /// <summary>A CA the sandbox server's certificate does not chain to.</summary>
    public static X509Certificate2 SelfSignedCA(string subject)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
    }

    /// <summary>The sandbox host's own subject with a CN for a different host.</summary>
    public static string HostSubject(string host) => $"CN=host/{host}, DC=example, DC=org";
}
