namespace MyProxy.Samples.Fips;

/// <summary>Whose credential to fetch and where to write it; bound from section <c>MyProxy</c> beside the client options.</summary>
internal sealed class LogonOptions
{
    public string? Username { get; set; }

    public string? CredentialName { get; set; }

    /// <summary>The credential passphrase. A secret: never printed.</summary>
    public string? Passphrase { get; set; }

    /// <summary>The proxy file; <c>$X509_USER_PROXY</c>, else <c>/tmp/x509up_u&lt;uid&gt;</c> when not set.</summary>
    public string? OutputPath { get; set; }
}
