namespace MyProxy.Samples.Delegation.Service;

/// <summary>Section <c>Delegation</c> for the service: where it listens, its host credential, whom it trusts and where it keeps proxies.</summary>
internal sealed class DelegationServiceOptions
{
    public const string SectionName = "Delegation";

    /// <summary>The loopback port; 0 picks a free one (printed at start).</summary>
    public int Port { get; set; }

    /// <summary>The service's certificate (PEM); its CN should be <c>host/localhost</c> or <c>localhost</c>.</summary>
    public string? HostCert { get; set; }

    /// <summary>The service's unencrypted private key (PEM).</summary>
    public string? HostKey { get; set; }

    /// <summary>The trusted CAs (hashed directory, as <c>X509_CERT_DIR</c>) that callers' chains must end in.</summary>
    public string? CACertDir { get; set; }

    /// <summary>Where the assembled proxies are written (<c>&lt;id&gt;.pem</c>, mode 0600); kept in memory only when not set.</summary>
    public string? StoreDirectory { get; set; }
}
