using System.Net;
using System.Net.Sockets;

namespace MyProxy.Transport.Net;

/// <summary>
/// Opens the TCP connection: resolves the host, tries each address in order within the connect timeout, and
/// binds the local socket inside <see cref="TransportOptions.LocalPortRange"/> when one is set.
/// </summary>
internal static class TcpConnector
{
    /// <summary>The argument checks every transport makes before any I/O.</summary>
    public static void CheckArguments(MyProxyEndpoint endpoint, TransportOptions options)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
    }

    public static async Task<Socket> ConnectAsync(MyProxyEndpoint endpoint, TransportOptions options, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.ConnectTimeout);
        try
        {
            var addresses = await ResolveAsync(endpoint, deadline.Token).ConfigureAwait(false);
            var failures = new List<string>();
            foreach (var address in addresses)
            {
                var socket = await TryConnectAsync(address, endpoint.Port, options.LocalPortRange, failures, deadline.Token).ConfigureAwait(false);
                if (socket is not null)
                {
                    return socket;
                }
            }

            // myproxy-logon's words ("Unable to connect to HOST", then the reason), on one line.
            throw new MyProxyConnectException(
                $"Unable to connect to {endpoint.Host} ({string.Join("; ", failures)}); check the host and port, and that the myproxy-server is running.");
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new MyProxyConnectException(
                $"Unable to connect to {endpoint.Host} ({endpoint}: Connection timed out after {TlsConnection.Seconds(options.ConnectTimeout)} s); check the host and port, or raise the timeout (MYPROXY_SOCKET_TIMEOUT, --timeout).",
                exception);
        }
    }

    private static async Task<IPAddress[]> ResolveAsync(MyProxyEndpoint endpoint, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(endpoint.Host, out var literal))
        {
            return [literal];
        }

        try
        {
            var addresses = await Dns.GetHostAddressesAsync(endpoint.Host, cancellationToken).ConfigureAwait(false);
            return addresses.Length > 0
                ? addresses
                : throw new MyProxyConnectException($"Unknown host \"{endpoint.Host}\": Unable to connect to {endpoint.Host} (the name has no addresses); check the server name.");
        }
        catch (SocketException exception)
        {
            throw new MyProxyConnectException($"Unknown host \"{endpoint.Host}\": Unable to connect to {endpoint.Host} ({exception.Message}); check the server name.", exception);
        }
    }

    private static async Task<Socket?> TryConnectAsync(IPAddress address, int port, TcpPortRange? range, List<string> failures, CancellationToken cancellationToken)
    {
        var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            if (range is not null)
            {
                BindInRange(socket, address.AddressFamily, range);
            }

            await socket.ConnectAsync(new IPEndPoint(address, port), cancellationToken).ConfigureAwait(false);
            socket.NoDelay = true;
            return socket;
        }
        catch (SocketException exception)
        {
            socket.Dispose();
            failures.Add($"{new IPEndPoint(address, port)}: {exception.Message}");
            return null;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static void BindInRange(Socket socket, AddressFamily family, TcpPortRange range)
    {
        var any = family == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any;
        for (var port = range.Minimum; port <= range.Maximum; port++)
        {
            try
            {
                socket.Bind(new IPEndPoint(any, port));
                return;
            }
            catch (SocketException exception) when (exception.SocketErrorCode is SocketError.AddressAlreadyInUse or SocketError.AccessDenied)
            {
                // Taken by another socket: try the next port, as the C client does.
            }
        }

        throw new MyProxyConnectException($"no free local port in the TCP port range {range} (MYPROXY_TCP_PORT_RANGE); widen the range");
    }
}
