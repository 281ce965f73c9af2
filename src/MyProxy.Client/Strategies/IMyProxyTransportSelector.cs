using MyProxy.Crypto.Credentials;
using MyProxy.Transport;

namespace MyProxy.Client.Strategies;

/// <summary>Chooses the TLS implementation for one connection.</summary>
public interface IMyProxyTransportSelector
{
    /// <summary>The transport to connect with.</summary>
    /// <param name="clientCredential">The credential the connection presents, or <see langword="null"/> for anonymous.</param>
    /// <returns>The transport.</returns>
    IMyProxyTransport Select(X509Credential? clientCredential);
}
