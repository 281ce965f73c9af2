using MyProxy.Protocol.Responses;
using MyProxy.Transport;
using MyProxy.Transport.Trust;

namespace MyProxy.Client.Operations;

/// <summary>The server's trust roots.</summary>
/// <param name="Endpoint">The server that answered.</param>
/// <param name="Files">Every file it sent (CA certificates, signing policies, CRLs), names as sent.</param>
/// <param name="Installed">Where they were installed, or <see langword="null"/> when not asked to.</param>
/// <param name="BootstrappedAuthority">The CA a bootstrap trusted to reach the server, if one did.</param>
public sealed record GetTrustRootsResult(
    MyProxyEndpoint Endpoint,
    IReadOnlyList<TrustRootFile> Files,
    TrustRootInstallResult? Installed,
    BootstrapTrustAnchor? BootstrappedAuthority) : MyProxyCommandResult(Endpoint);
