using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace MyProxy.Crypto.Validation;

/// <summary>
/// Reads one file of a trust directory: a CA file (PEM with one or more certificates, or one DER certificate) with
/// the <c>.signing_policy</c> beside it, or a CRL file (DER, or PEM with X509 CRL blocks). What cannot be read is
/// reported as one line naming the file, never thrown.
/// </summary>
internal static class TrustDirectoryFile
{
    /// <summary>The certificates in <paramref name="file"/> and its signing policy, if it has one.</summary>
    public static (X509Certificate2Collection Certificates, SigningPolicy? Policy) ReadCertificates(string file, string name, List<string> problems)
    {
        var certificates = new X509Certificate2Collection();
        try
        {
            var bytes = File.ReadAllBytes(file);
            if (IsPem(bytes))
            {
                certificates.ImportFromPem(Encoding.ASCII.GetString(bytes));
            }
            else
            {
                certificates.Add(X509CertificateLoader.LoadCertificate(bytes));
            }

            if (certificates.Count == 0)
            {
                problems.Add($"{name}: no certificate in the file");
            }

            return (certificates, certificates.Count == 0 ? null : ReadSigningPolicy(file, problems));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or CryptographicException)
        {
            problems.Add($"{name}: {exception.Message}");
            return ([], null);
        }
    }

    /// <summary>The DER CRLs in <paramref name="file"/>.</summary>
    public static List<byte[]> ReadCrls(string file, string name, List<string> problems)
    {
        try
        {
            var bytes = File.ReadAllBytes(file);
            if (!IsPem(bytes))
            {
                return [bytes];
            }

            var crls = new List<byte[]>();
            var text = Encoding.ASCII.GetString(bytes);
            while (PemEncoding.TryFind(text, out var fields))
            {
                if (text[fields.Label].SequenceEqual("X509 CRL"))
                {
                    crls.Add(Convert.FromBase64String(text[fields.Base64Data].ToString()));
                }

                text = text[fields.Location.End..];
            }

            if (crls.Count == 0)
            {
                problems.Add($"{name}: no X509 CRL block in the file");
            }

            return crls;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            problems.Add($"{name}: {exception.Message}");
            return [];
        }
    }

    private static SigningPolicy? ReadSigningPolicy(string certificateFile, List<string> problems)
    {
        var policyFile = Path.ChangeExtension(certificateFile, ".signing_policy");
        if (policyFile == certificateFile || !File.Exists(policyFile))
        {
            return null;
        }

        try
        {
            return SigningPolicy.Parse(File.ReadAllText(policyFile));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problems.Add($"{Path.GetFileName(policyFile)}: {exception.Message}");
            return null;
        }
    }

    private static bool IsPem(byte[] bytes) => bytes.AsSpan().IndexOf("-----BEGIN"u8) >= 0;
}
