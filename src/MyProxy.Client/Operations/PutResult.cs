using System.Security.Cryptography.X509Certificates;
using MyProxy.Transport;

namespace MyProxy.Client.Operations;

/// <summary>The delegation the server accepted.</summary>
/// <param name="Endpoint">The server that stored it.</param>
/// <param name="DelegatedChain">What was sent: the new proxy for the server's key, then the signing credential's chain.</param>
public sealed record PutResult(MyProxyEndpoint Endpoint, IReadOnlyList<X509Certificate2> DelegatedChain) : MyProxyCommandResult(Endpoint);
