namespace MyProxy.Samples.Delegation.Caller;

/// <summary>Whose credential to fetch from the MyProxy server; bound from section <c>MyProxy</c> beside the client options.</summary>
internal sealed class LogonSettings
{
    public string? Username { get; set; }

    public string? CredentialName { get; set; }

    /// <summary>The credential passphrase. A secret: never printed.</summary>
    public string? Passphrase { get; set; }
}
