using MyProxy.Transport;

namespace MyProxy.Client.Operations;

/// <summary>The outcome of a command that returns nothing but success.</summary>
/// <param name="Endpoint">The server (of a host list) that carried it out.</param>
public record MyProxyCommandResult(MyProxyEndpoint Endpoint);
