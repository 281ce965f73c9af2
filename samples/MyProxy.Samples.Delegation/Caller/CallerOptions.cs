namespace MyProxy.Samples.Delegation.Caller;

/// <summary>Section <c>Delegation</c> for the caller: which service, whom to trust, and what to delegate.</summary>
internal sealed class CallerOptions
{
    /// <summary>The service as <c>host:port</c>; the host must match its certificate (the sandbox's is <c>host/localhost</c>).</summary>
    public string? Service { get; set; }

    /// <summary>The trusted CAs for the service's certificate (as <c>X509_CERT_DIR</c>).</summary>
    public string? CACertDir { get; set; }

    /// <summary>The lifetime the caller gives the proxies it delegates (step 4: the delegator decides it).</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The DIRAC group the caller's working proxy carries (extension 1.2.42.42).</summary>
    public string Group { get; set; } = "dirac_user";
}
