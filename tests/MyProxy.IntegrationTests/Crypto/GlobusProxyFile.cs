using System.Security.Cryptography;
using MyProxy.Crypto.Credentials;

namespace MyProxy.IntegrationTests.Crypto;

/// <summary>Writes a proxy credential in the Globus file layout: proxy certificate, its PKCS#1 RSA key, then the chain; mode 0600.</summary>
internal static class GlobusProxyFile
{
    public static async Task<string> WriteAsync(string path, X509Credential credential)
    {
        var key = (RSA)credential.PrivateKey;
        var text = credential.Certificate.ExportCertificatePem() + "\n" + key.ExportRSAPrivateKeyPem() + "\n"
            + string.Concat(credential.Chain.Skip(1).Select(certificate => certificate.ExportCertificatePem() + "\n"));
        await File.WriteAllTextAsync(path, text);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return path;
    }

    /// <summary>Writes certificates as concatenated PEM (for <c>openssl verify -untrusted</c> and the leaf argument).</summary>
    public static async Task<string> WriteCertificatesAsync(string path, IEnumerable<System.Security.Cryptography.X509Certificates.X509Certificate2> certificates)
    {
        await File.WriteAllTextAsync(path, string.Concat(certificates.Select(certificate => certificate.ExportCertificatePem() + "\n")));
        return path;
    }
}
