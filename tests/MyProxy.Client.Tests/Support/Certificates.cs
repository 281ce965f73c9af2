using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MyProxy.Client.Tests.Support;

/// <summary>Throw-away certificates for the facade's tests (nothing here is trusted: validators are substitutes).</summary>
internal static class Certificates
{
    /// <summary>An end-entity credential with its key, able to sign proxies.</summary>
    public static Crypto.Credentials.X509Credential EndEntity(string commonName = "Test User")
    {
#pragma warning disable CA2000 // The credential owns the key.
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
#pragma warning restore CA2000
        var request = new CertificateRequest($"CN={commonName}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        return new Crypto.Credentials.X509Credential([X509CertificateLoader.LoadCertificate(certificate.RawData)], key);
    }

    /// <summary>A certificate for the public key of a DER PKCS#10 request, as a server would issue it.</summary>
    public static byte[] IssueFor(byte[] requestDer)
    {
        var request = CertificateRequest.LoadSigningRequest(requestDer, HashAlgorithmName.SHA256, CertificateRequestLoadOptions.SkipSignatureValidation);
        using var issuerKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var generator = X509SignatureGenerator.CreateForECDsa(issuerKey);
        using var certificate = request.Create(new X500DistinguishedName("CN=Test CA"), generator, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1), [1, 2, 3]);
        return certificate.RawData;
    }

    /// <summary>A chain frame: the count byte, then the DER certificates.</summary>
    public static byte[] Frame(params byte[][] certificates) => [(byte)certificates.Length, .. certificates.SelectMany(c => c)];
}
