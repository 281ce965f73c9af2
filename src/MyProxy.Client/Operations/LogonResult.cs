using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Credentials;
using MyProxy.Transport;
using MyProxy.Transport.Trust;

namespace MyProxy.Client.Operations;

/// <summary>What a logon returned, verified: the leaf certifies our key and the chain validates against the trust directory.</summary>
/// <param name="Endpoint">The server that answered.</param>
/// <param name="Credential">The new credential (certificate, key, chain; the caller owns it), or <see langword="null"/> when a certificate request was supplied.</param>
/// <param name="Chain">The certificates the server sent, the new one first.</param>
/// <param name="IsProxy">Whether a proxy came back (repository mode) rather than an end-entity certificate (online CA).</param>
/// <param name="TrustRoots">The trust roots installed with the logon, when asked for.</param>
public sealed record LogonResult(
    MyProxyEndpoint Endpoint,
    X509Credential? Credential,
    IReadOnlyList<X509Certificate2> Chain,
    bool IsProxy,
    TrustRootInstallResult? TrustRoots) : MyProxyCommandResult(Endpoint);
