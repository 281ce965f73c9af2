using System.Text;

namespace MyProxy.Client.Operations;

/// <summary>
/// PUT (<c>myproxy-init</c>): delegates a proxy to the server. The server sends a certificate request; the client
/// signs it as an RFC 3820 proxy with <see cref="MyProxyCommandRequest.ClientCredential"/> (the located credential
/// when <see langword="null"/>), which also authenticates the connection.
/// </summary>
public sealed record PutRequest : MyProxyCommandRequest
{
    /// <summary>The passphrase that will protect the stored credential (at least 6 characters), or empty for renewal-only credentials. A secret.</summary>
    public string Passphrase { get; init; } = string.Empty;

    /// <summary>The delegated proxy's lifetime (<c>-c</c>, 7 days), never beyond the signing credential's.</summary>
    public TimeSpan CredentialLifetime { get; init; } = TimeSpan.FromDays(7);

    /// <summary>The longest proxies later retrieved may live (<c>-t</c>); <see cref="MyProxyClientOptions.ProxyLifetime"/> when <see langword="null"/>.</summary>
    public TimeSpan? MaxRetrievalLifetime { get; init; }

    /// <summary>Retriever, renewer, trusted-retriever policies and description.</summary>
    public CredentialPolicies Policies { get; init; } = new();

    /// <inheritdoc/>
    protected override bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Username = ").Append(Username).Append(", CredentialName = ").Append(CredentialName)
            .Append(", Passphrase = ").Append(Passphrase.Length == 0 ? "(empty)" : "***")
            .Append(", CredentialLifetime = ").Append(CredentialLifetime).Append(", Policies = ").Append(Policies);
        return true;
    }
}
