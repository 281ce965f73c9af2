using MyProxy.Crypto.Credentials;

namespace MyProxy.Client.Operations;

/// <summary>What every command names: the account, the credential, and the client credential to authenticate with.</summary>
public abstract record MyProxyCommandRequest
{
    /// <summary>The MyProxy account name (<c>-l</c>).</summary>
    public required string Username { get; init; }

    /// <summary>The credential name (<c>-k</c>), or <see langword="null"/> for the default credential.</summary>
    public string? CredentialName { get; init; }

    /// <summary>
    /// The credential the TLS connection presents (borrowed, not disposed). When <see langword="null"/>, commands
    /// that need one use <see cref="Strategies.ICredentialLocator"/>.
    /// </summary>
    public X509Credential? ClientCredential { get; init; }
}
