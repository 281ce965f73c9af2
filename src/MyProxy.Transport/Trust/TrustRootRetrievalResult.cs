namespace MyProxy.Transport.Trust;

/// <summary>What a <see cref="TrustRootRetrieval"/> did.</summary>
/// <param name="Server">The server that answered.</param>
/// <param name="Installed">The files written.</param>
/// <param name="BootstrappedAuthority">The CA a bootstrap trusted to make the connection, or <see langword="null"/>.</param>
public sealed record TrustRootRetrievalResult(MyProxyEndpoint Server, TrustRootInstallResult Installed, BootstrapTrustAnchor? BootstrappedAuthority);
