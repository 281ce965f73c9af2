using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Summary;

namespace MyProxy.Cli.Commands.Proxy;

/// <summary>The identity grid-proxy-init announces before it asks for the pass phrase ("Your identity: ...").</summary>
internal static class UserIdentity
{
    /// <summary>The identity (Globus rule) of the chain in a certificate file; for a proxy file used as one, its end entity's.</summary>
    /// <param name="certificatePath">The user certificate (or a proxy file).</param>
    /// <param name="now">The time of the summary.</param>
    /// <returns>For example <c>/DC=org/DC=example/CN=Jane Doe</c>.</returns>
    /// <exception cref="MyProxyException">The file holds no certificate, or one that cannot be read.</exception>
    public static string Read(string certificatePath, DateTimeOffset now)
    {
        var certificates = ReadCertificates(certificatePath);
        try
        {
            return certificates.Count == 0
                ? throw new MyProxyException($"cannot read the certificate {certificatePath}: no certificate found in the file; use --cert.")
                : CredentialSummary.Create(certificates, now).Identity;
        }
        finally
        {
            foreach (var certificate in certificates)
            {
                certificate.Dispose();
            }
        }
    }

    private static IReadOnlyList<System.Security.Cryptography.X509Certificates.X509Certificate2> ReadCertificates(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new MyProxyException($"cannot read the certificate {path}: permission denied.", e);
        }

        try
        {
            return CredentialPem.ReadCertificates(text);
        }
        catch (MyProxyException e)
        {
            throw new MyProxyException($"cannot read the certificate {path}: {e.Message}", e);
        }
    }
}
