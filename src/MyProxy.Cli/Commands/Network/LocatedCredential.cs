using MyProxy.Client.Strategies;
using MyProxy.Crypto.Credentials;

namespace MyProxy.Cli.Commands.Network;

/// <summary>The client credential the C tools would present: the located proxy (X509_USER_PROXY, /tmp/x509up_u&lt;uid&gt;), if it can be read.</summary>
internal static class LocatedCredential
{
    /// <summary>The proxy, or <see langword="null"/> when there is none (the connection is then anonymous).</summary>
    public static X509Credential? Read(NetworkInvocation run)
    {
        var location = new GlobusCredentialLocator(new VariablesEnvironmentReader(run.Environment.Variables)).Locate();
        if (location is not { Source: CredentialSource.ProxyFile } || !File.Exists(location.CertificatePath))
        {
            return null;
        }

        return CredentialFile.ReadProxy(location.CertificatePath, run.Crypto);
    }
}
