namespace MyProxy.Transport;

/// <summary>Opens connections to MyProxy servers with one TLS implementation.</summary>
public interface IMyProxyTransport
{
    /// <summary>The implementation's name as the CLI's <c>--transport</c> option spells it.</summary>
    string Name { get; }

    /// <summary>
    /// Connects to one server, completes the TLS handshake with the client credential (if any), and verifies the
    /// server: chain by <see cref="TransportOptions.ServerChainValidator"/>, then <see cref="TransportOptions.ServerIdentity"/>.
    /// </summary>
    /// <param name="endpoint">The server.</param>
    /// <param name="options">Timeouts, credential and verification.</param>
    /// <param name="cancellationToken">Cancels connecting.</param>
    /// <returns>The open connection; the caller disposes it.</returns>
    /// <exception cref="ArgumentException">The options are unusable.</exception>
    /// <exception cref="MyProxyConnectException">No TCP connection could be opened.</exception>
    /// <exception cref="MyProxyValidationException">The server's certificate chain is not valid.</exception>
    /// <exception cref="MyProxyServerIdentityException">The certificate does not name the server asked for.</exception>
    /// <exception cref="MyProxyTransportException">The handshake failed or timed out.</exception>
    Task<IMyProxyConnection> ConnectAsync(MyProxyEndpoint endpoint, TransportOptions options, CancellationToken cancellationToken);
}
