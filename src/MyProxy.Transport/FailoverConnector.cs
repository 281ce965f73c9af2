namespace MyProxy.Transport;

/// <summary>
/// Connects to the first reachable server of a host list, as the C tools do (<c>-s h1:p1,h2:p2</c>): each server
/// is tried in order and a server that cannot be reached (<see cref="MyProxyConnectException"/>: resolution,
/// refusal, connect timeout) moves on to the next. Once a TCP connection is open, the C client commits to that
/// server, so a failed handshake, an invalid chain or a wrong identity ends the attempt without trying the rest:
/// a server that fails verification is a problem to report, not to route around.
/// </summary>
public sealed class FailoverConnector
{
    private readonly IMyProxyTransport _transport;

    /// <summary>Creates a connector over a transport.</summary>
    /// <param name="transport">The TLS implementation to connect with.</param>
    public FailoverConnector(IMyProxyTransport transport)
    {
        ArgumentNullException.ThrowIfNull(transport);
        _transport = transport;
    }

    /// <summary>Connects to the first server of <paramref name="endpoints"/> that can be reached.</summary>
    /// <param name="endpoints">The servers in the order to try; not empty.</param>
    /// <param name="options">Timeouts, credential and verification, the same for every server.</param>
    /// <param name="cancellationToken">Cancels the whole attempt.</param>
    /// <returns>The open connection; <see cref="IMyProxyConnection.Endpoint"/> says which server it reached.</returns>
    /// <exception cref="ArgumentException">The list is empty or the options are unusable.</exception>
    /// <exception cref="MyProxyConnectException">No server could be reached; the message lists every server's failure.</exception>
    /// <exception cref="MyProxyTransportException">The first reachable server failed the handshake or verification.</exception>
    public async Task<IMyProxyConnection> ConnectAsync(IReadOnlyList<MyProxyEndpoint> endpoints, TransportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(options);
        if (endpoints.Count == 0)
        {
            throw new ArgumentException("At least one MyProxy server is needed.", nameof(endpoints));
        }

        options.Validate();
        var failures = new List<MyProxyConnectException>();
        foreach (var endpoint in endpoints)
        {
            try
            {
                return await _transport.ConnectAsync(endpoint, options, cancellationToken).ConfigureAwait(false);
            }
            catch (MyProxyConnectException exception)
            {
                failures.Add(exception);
            }
        }

        if (failures.Count == 1)
        {
            throw failures[0];
        }

        throw new MyProxyConnectException(
            $"could not connect to any of {failures.Count} MyProxy servers: {string.Join(" | ", failures.Select(failure => failure.Message))}",
            new AggregateException(failures));
    }
}
