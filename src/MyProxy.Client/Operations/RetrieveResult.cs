using MyProxy.Crypto.Credentials;
using MyProxy.Transport;
using MyProxy.Transport.Trust;

namespace MyProxy.Client.Operations;

/// <summary>The stored credential, verified (the key belongs to the certificate, the chain validates).</summary>
/// <param name="Endpoint">The server that answered.</param>
/// <param name="Credential">The credential with its key decrypted; the caller owns it.</param>
/// <param name="CertificatePem">The certificates as the server stored them, PEM.</param>
/// <param name="PrivateKeyPem">The key exactly as stored (encrypted under the passphrase when it had one). A secret.</param>
/// <param name="TrustRoots">The trust roots installed with the retrieval, when asked for.</param>
public sealed record RetrieveResult(
    MyProxyEndpoint Endpoint,
    X509Credential Credential,
    IReadOnlyList<string> CertificatePem,
    string PrivateKeyPem,
    TrustRootInstallResult? TrustRoots) : MyProxyCommandResult(Endpoint)
{
    /// <inheritdoc/>
    protected override bool PrintMembers(System.Text.StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Append("Endpoint = ").Append(Endpoint).Append(", Credential = ").Append(Credential).Append(", PrivateKeyPem = ***");
        return true;
    }
}
