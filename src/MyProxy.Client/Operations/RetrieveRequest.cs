using System.Text;
using MyProxy.Crypto.Credentials;

namespace MyProxy.Client.Operations;

/// <summary>RETRIEVE (<c>myproxy-retrieve</c>): the stored end-entity credential itself, key included.</summary>
public sealed record RetrieveRequest : MyProxyCommandRequest
{
    /// <summary>The credential passphrase; it also decrypts the returned key. Empty for certificate-only authorization. A secret.</summary>
    public string Passphrase { get; init; } = string.Empty;

    /// <summary>Also ask for the server's trust roots (<c>-T</c>) and install them.</summary>
    public bool WantTrustRoots { get; init; }

    /// <summary>The credential being renewed (<c>-a</c>): answers the server's certificate challenge (borrowed).</summary>
    public X509Credential? RenewalCredential { get; init; }

    /// <inheritdoc/>
    protected override bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Username = ").Append(Username).Append(", CredentialName = ").Append(CredentialName)
            .Append(", Passphrase = ").Append(Passphrase.Length == 0 ? "(empty)" : "***")
            .Append(", WantTrustRoots = ").Append(WantTrustRoots);
        return true;
    }
}
