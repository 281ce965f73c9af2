using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Credentials;

namespace MyProxy.Cli.Commands.Proxy;

/// <summary>The identity grid-proxy-init announces before it asks for the pass phrase ("Your identity: ...").</summary>
internal static class UserIdentity
{
    /// <summary>The Globus-form identity of the certificate file's first certificate.</summary>
    /// <param name="certificatePath">The user certificate (or a proxy file used as one).</param>
    /// <param name="now">The time of the summary.</param>
    /// <returns>For example <c>/DC=org/DC=example/CN=Jane Doe</c>.</returns>
    public static string Read(string certificatePath, DateTimeOffset now)
    {
        _ = now;
        var certificates = CredentialPem.ReadCertificates(File.ReadAllText(certificatePath));
        try
        {
            if (certificates.Count == 0)
            {
                throw new MyProxyException($"cannot read the certificate {certificatePath}: no certificate found in the file; use --cert.");
            }

            return Globus(certificates[0].SubjectName);
        }
        finally
        {
            foreach (var certificate in certificates)
            {
                certificate.Dispose();
            }
        }
    }

    private static string Globus(X500DistinguishedName name) =>
        string.Concat(name.EnumerateRelativeDistinguishedNames(reversed: false).Select(rdn => $"/{rdn.GetSingleElementType().FriendlyName switch { "DC" or null => "DC", var n => n }}={rdn.GetSingleElementValue()}"));
}
