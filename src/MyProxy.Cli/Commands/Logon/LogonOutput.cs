using MyProxy.Client.Operations;
using MyProxy.Crypto;
using MyProxy.Crypto.Credentials;

namespace MyProxy.Cli.Commands.Logon;

/// <summary>Writes a logon's result: a proxy file (0600, atomic) or, for <c>-o -</c>, the PEM on standard output.</summary>
internal static class LogonOutput
{
    /// <summary>Writes the credential (or, for a caller's request, the chain alone).</summary>
    /// <returns>The path written, or <c>-</c>.</returns>
    public static string Write(LogonResult result, string path, ICryptoProvider crypto, TextWriter output)
    {
        if (path == "-")
        {
            output.Write(result.Credential is { } credential ? CredentialPem.Write(credential, crypto) : ChainPem(result));
            output.Flush();
            return path;
        }

        if (result.Credential is { } owned)
        {
            CredentialFile.WriteProxy(path, owned, crypto);
        }
        else
        {
            Network.PrivateFile.Replace(path, ChainPem(result));
        }

        return path;
    }

    private static string ChainPem(LogonResult result) =>
        string.Concat(result.Chain.Select(certificate => certificate.ExportCertificatePem() + "\n"));
}
