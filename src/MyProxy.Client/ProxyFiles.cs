using MyProxy.Crypto;
using MyProxy.Crypto.Credentials;

namespace MyProxy.Client;

/// <summary>
/// The Python client's <c>readProxyFile</c> / <c>writeProxyFile</c>: thin wrappers over
/// <see cref="CredentialFile"/> with the C tools' default path (<c>X509_USER_PROXY</c>, else
/// <c>/tmp/x509up_u&lt;uid&gt;</c>). Files are written in the Globus layout (certificate, unencrypted PKCS#1
/// key, chain), atomically, mode 0600.
/// </summary>
public static class ProxyFiles
{
    /// <summary>The default proxy file: <c>$X509_USER_PROXY</c>, else <c>/tmp/x509up_u&lt;uid&gt;</c>.</summary>
    public static string DefaultPath => ProxyFileLocation.DefaultProxyPath();

    /// <summary>Reads a proxy file.</summary>
    /// <param name="crypto">The backend that reads the key.</param>
    /// <param name="path">The file; <see cref="DefaultPath"/> when <see langword="null"/>.</param>
    /// <returns>The credential; the caller owns it.</returns>
    /// <exception cref="MyProxyException">The file cannot be read or is not a proxy credential.</exception>
    public static X509Credential Read(ICryptoProvider crypto, string? path = null) =>
        CredentialFile.ReadProxy(path ?? DefaultPath, crypto);

    /// <summary>Writes a credential as a proxy file, replacing any file there.</summary>
    /// <param name="credential">The credential (for example <see cref="Operations.LogonResult.Credential"/>).</param>
    /// <param name="crypto">The backend that writes the key.</param>
    /// <param name="path">The file; <see cref="DefaultPath"/> when <see langword="null"/>.</param>
    /// <returns>The path written.</returns>
    /// <exception cref="MyProxyException">The file cannot be written.</exception>
    public static string Write(X509Credential credential, ICryptoProvider crypto, string? path = null)
    {
        var target = path ?? DefaultPath;
        CredentialFile.WriteProxy(target, credential, crypto);
        return target;
    }
}
