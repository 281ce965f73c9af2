using Microsoft.Extensions.Logging;
using MyProxy.Client.Logging;
using MyProxy.Transport.Trust;

namespace MyProxy.Client.Strategies;

/// <summary>The default policy: bootstrap only when the caller asks for it, and log every CA so trusted as a warning.</summary>
public sealed class ExplicitTrustBootstrapPolicy : ITrustBootstrapPolicy
{
    private readonly ILogger<ExplicitTrustBootstrapPolicy> _logger;

    /// <summary>Creates the policy.</summary>
    /// <param name="logger">Where trusted CAs are reported.</param>
    public ExplicitTrustBootstrapPolicy(ILogger<ExplicitTrustBootstrapPolicy> logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
    }

    /// <inheritdoc/>
    public bool ShouldBootstrap(bool requested, string? validationDirectory) => requested;

    /// <inheritdoc/>
    public void OnTrusted(BootstrapTrustAnchor anchor)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        ClientLog.BootstrapTrusted(_logger, anchor.Subject, anchor.Sha256Fingerprint, anchor.ServerSubject);
    }
}
