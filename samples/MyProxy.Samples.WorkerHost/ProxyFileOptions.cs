namespace MyProxy.Samples.WorkerHost;

/// <summary>
/// What the worker fetches and where it writes it. Bound from the same section as the client options
/// (<c>MyProxy</c>), so <c>MyProxy__Username</c>, <c>MyProxy__Passphrase</c>, ... configure it.
/// </summary>
internal sealed class ProxyFileOptions
{
    /// <summary>The MyProxy account (<c>-l</c>).</summary>
    public string? Username { get; set; }

    /// <summary>The credential name (<c>-k</c>); the account's default credential when not set.</summary>
    public string? CredentialName { get; set; }

    /// <summary>The credential passphrase. A secret: never logged.</summary>
    public string? Passphrase { get; set; }

    /// <summary>The proxy file; <c>$X509_USER_PROXY</c>, else <c>/tmp/x509up_u&lt;uid&gt;</c> when not set.</summary>
    public string? OutputPath { get; set; }

    /// <summary>Refresh when less than this fraction of the proxy's lifetime remains (0.25).</summary>
    public double RefreshFraction { get; set; } = 0.25;

    /// <summary>Refresh when less than this much lifetime remains; overrides <see cref="RefreshFraction"/> when set.</summary>
    public TimeSpan? RefreshBefore { get; set; }

    /// <summary>The first wait after a failed refresh, doubled on each further failure; also the shortest wait between refreshes.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait after failed refreshes.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);
}
