namespace MyProxy.Protocol.Responses;

/// <summary>
/// One stored credential as an INFO response describes it. Every field is optional on the wire;
/// a field the server did not send is <see langword="null"/>.
/// </summary>
public sealed record CredentialInfo
{
    /// <summary>The credential name, or <see langword="null"/> for the user's default (unnamed) credential.</summary>
    public string? Name { get; init; }

    /// <summary>The description given when the credential was stored.</summary>
    public string? Description { get; init; }

    /// <summary>The DN of the client that stored the credential.</summary>
    public string? Owner { get; init; }

    /// <summary>When the stored certificate becomes valid.</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>When the stored certificate expires.</summary>
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>The retriever policy (DN pattern).</summary>
    public string? Retrievers { get; init; }

    /// <summary>The renewer policy (DN pattern).</summary>
    public string? Renewers { get; init; }

    /// <summary>The key-retriever policy (DN pattern).</summary>
    public string? KeyRetrievers { get; init; }

    /// <summary>The trusted-retriever policy (DN pattern).</summary>
    public string? TrustedRetrievers { get; init; }

    /// <summary>The administrator's lock message when the credential is locked.</summary>
    public string? LockMessage { get; init; }

    /// <summary>Whether this is the user's default (unnamed) credential.</summary>
    public bool IsDefault => Name is null;

    /// <summary>Whether an administrator has locked the credential.</summary>
    public bool IsLocked => LockMessage is not null;
}
