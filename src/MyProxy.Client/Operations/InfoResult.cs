using MyProxy.Protocol.Responses;
using MyProxy.Transport;

namespace MyProxy.Client.Operations;

/// <summary>The stored credentials, every field the server sent.</summary>
/// <param name="Endpoint">The server that answered.</param>
/// <param name="Credentials">The default credential first (when there is one), then the named ones.</param>
public sealed record InfoResult(MyProxyEndpoint Endpoint, IReadOnlyList<CredentialInfo> Credentials) : MyProxyCommandResult(Endpoint);
