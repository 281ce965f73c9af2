namespace MyProxy.Client.Operations;

/// <summary>
/// STORE (<c>myproxy-store</c>): uploads an end-entity credential, key included. The key is sent as given: an
/// encrypted key stays encrypted and its passphrase becomes the credential's passphrase.
/// </summary>
public sealed record StoreRequest : MyProxyCommandRequest
{
    /// <summary>PEM text of the certificate, then any chain (e.g. the contents of <c>usercert.pem</c>).</summary>
    public required string CertificatePem { get; init; }

    /// <summary>PEM text of the private key (e.g. <c>userkey.pem</c>), encrypted or not. Secret when not encrypted.</summary>
    public required string PrivateKeyPem { get; init; }

    /// <summary>The longest proxies later retrieved may live (<c>-t</c>); <see cref="MyProxyClientOptions.ProxyLifetime"/> when <see langword="null"/>.</summary>
    public TimeSpan? MaxRetrievalLifetime { get; init; }

    /// <summary>Retriever, renewer, trusted-retriever, key-retriever policies and description.</summary>
    public CredentialPolicies Policies { get; init; } = new();

    /// <summary>Reads the two files (they may be the same file).</summary>
    /// <param name="username">The account name.</param>
    /// <param name="certificatePath">The certificate file.</param>
    /// <param name="keyPath">The key file.</param>
    /// <returns>The request.</returns>
    public static StoreRequest FromFiles(string username, string certificatePath, string keyPath) => new()
    {
        Username = username,
        CertificatePem = File.ReadAllText(certificatePath),
        PrivateKeyPem = File.ReadAllText(keyPath),
    };

    /// <inheritdoc/>
    protected override bool PrintMembers(System.Text.StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Append("Username = ").Append(Username).Append(", CredentialName = ").Append(CredentialName)
            .Append(", PrivateKeyPem = ***, Policies = ").Append(Policies);
        return true;
    }
}
