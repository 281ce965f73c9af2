using MyProxy.Transport.Trust;

namespace MyProxy.Client.Strategies;

/// <summary>
/// Decides whether a call may trust a server's CA on first contact (<c>myproxy-get-trustroots -b</c>), and hears
/// about every CA so trusted. A bootstrap accepts only the CA that issued the server's certificate.
/// </summary>
public interface ITrustBootstrapPolicy
{
    /// <summary>Whether to bootstrap for a call.</summary>
    /// <param name="requested">Whether the caller asked for a bootstrap.</param>
    /// <param name="validationDirectory">The trust directory in use, or <see langword="null"/> when there is none.</param>
    /// <returns><see langword="true"/> to bootstrap (only if the directory is missing or empty, or the server's chain fails to verify against it).</returns>
    bool ShouldBootstrap(bool requested, string? validationDirectory);

    /// <summary>Told about a CA the bootstrap trusted, before the connection is used.</summary>
    /// <param name="anchor">The CA's subject, fingerprint and certificate, and the server's subject.</param>
    void OnTrusted(BootstrapTrustAnchor anchor);
}
