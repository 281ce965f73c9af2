using System.Text;

namespace MyProxy.Client.Operations;

/// <summary>CHANGE_PASSWORD (<c>myproxy-change-pass-phrase</c>).</summary>
public sealed record ChangePassphraseRequest : MyProxyCommandRequest
{
    /// <summary>The current passphrase. A secret.</summary>
    public required string Passphrase { get; init; }

    /// <summary>The new passphrase, at least 6 characters. A secret.</summary>
    public required string NewPassphrase { get; init; }

    /// <inheritdoc/>
    protected override bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Username = ").Append(Username).Append(", CredentialName = ").Append(CredentialName).Append(", Passphrase = ***, NewPassphrase = ***");
        return true;
    }
}
