namespace MyProxy.Client.Operations;

/// <summary>Who may use a credential stored by PUT or STORE (each a DN pattern; <see langword="null"/> = the server's default).</summary>
public sealed record CredentialPolicies
{
    /// <summary>Who may retrieve proxies with the passphrase (<c>-r</c>; <c>-a</c> is <c>*</c>).</summary>
    public string? Retrievers { get; init; }

    /// <summary>Who may renew (<c>-R</c>; <c>-A</c> is <c>*</c>): retrieve without passphrase by proving possession of a credential with the same identity.</summary>
    public string? Renewers { get; init; }

    /// <summary>Who may retrieve with their certificate alone, no passphrase (<c>-Z</c>).</summary>
    public string? TrustedRetrievers { get; init; }

    /// <summary>Who may RETRIEVE the stored key itself (<c>myproxy-store -E</c>).</summary>
    public string? KeyRetrievers { get; init; }

    /// <summary>A description shown by INFO (<c>-K</c>).</summary>
    public string? Description { get; init; }

    /// <summary>How the four policies are sent (<c>-X</c>, the default, or <c>-x</c>).</summary>
    public PolicyMatching Matching { get; init; } = PolicyMatching.CommonNameOnly;

    /// <summary>A policy as it goes on the wire.</summary>
    /// <param name="policy">The policy text, or <see langword="null"/>.</param>
    /// <returns><c>*/CN=NAME</c> for a plain name in <see cref="PolicyMatching.CommonNameOnly"/> mode, the text otherwise.</returns>
    public string? ToWire(string? policy)
    {
        if (policy is null || Matching == PolicyMatching.RegularExpression)
        {
            return policy;
        }

        // As myproxy-init: "*" stays "*" (anyone); a name becomes "*/CN=name".
        return policy == "*" ? policy : $"*/CN={policy}";
    }
}
