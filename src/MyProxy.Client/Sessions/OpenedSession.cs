using MyProxy.Transport.Trust;

namespace MyProxy.Client.Sessions;

/// <summary>A connected session and the CA a bootstrap trusted to reach it, if any.</summary>
internal sealed record OpenedSession(MyProxySession Session, BootstrapTrustAnchor? BootstrappedAuthority);
