using System.Globalization;
using MyProxy.Transport.Identity;
using MyProxy.Transport.Net;

namespace MyProxy.Transport;

/// <summary>
/// The C tools' environment variables for the connection: <c>MYPROXY_SERVER</c>, <c>MYPROXY_SERVER_PORT</c>,
/// <c>MYPROXY_SERVER_DN</c>, <c>MYPROXY_SOCKET_TIMEOUT</c> (seconds; here for connecting and for every read),
/// <c>MYPROXY_TCP_PORT_RANGE</c> then <c>GLOBUS_TCP_PORT_RANGE</c>. Read through a seam so tests control it.
/// </summary>
public sealed class TransportEnvironment
{
    private readonly Func<string, string?> _variable;

    /// <summary>Creates a view over an environment.</summary>
    /// <param name="variable">Returns a variable's value, or <see langword="null"/> when it is not set.</param>
    public TransportEnvironment(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        _variable = variable;
    }

    /// <summary>The process environment.</summary>
    public static TransportEnvironment Process { get; } = new(Environment.GetEnvironmentVariable);

    /// <summary>The default port: <c>MYPROXY_SERVER_PORT</c>, else 7512.</summary>
    /// <exception cref="FormatException">The variable is not a port number.</exception>
    public int DefaultPort
    {
        get
        {
            var text = Value("MYPROXY_SERVER_PORT");
            if (text is null)
            {
                return MyProxyEndpoint.DefaultPort;
            }

            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535
                ? port
                : throw new FormatException($"MYPROXY_SERVER_PORT is '{text}', which is not a port from 1 to 65535.");
        }
    }

    /// <summary>The servers to try: <paramref name="servers"/> (a <c>-s</c> option) if given, else <c>MYPROXY_SERVER</c>.</summary>
    /// <param name="servers">A host list from the command line, or <see langword="null"/>.</param>
    /// <param name="port">A port from the command line (<c>-p</c>) for entries without one, or <see langword="null"/>.</param>
    /// <returns>The endpoints in order.</returns>
    /// <exception cref="MyProxyTransportException">Neither names a server.</exception>
    /// <exception cref="FormatException">The list or a port is malformed.</exception>
    public IReadOnlyList<MyProxyEndpoint> Servers(string? servers = null, int? port = null)
    {
        var list = string.IsNullOrWhiteSpace(servers) ? Value("MYPROXY_SERVER") : servers;
        if (list is null)
        {
            throw new MyProxyTransportException("No MyProxy server given; use -s HOST or set MYPROXY_SERVER.");
        }

        return MyProxyEndpoint.ParseList(list, port ?? DefaultPort);
    }

    /// <summary><c>MYPROXY_SERVER_DN</c>, or <see langword="null"/>.</summary>
    public string? ServerDN => Value("MYPROXY_SERVER_DN");

    /// <summary><c>MYPROXY_SOCKET_TIMEOUT</c> in seconds, or <see langword="null"/>.</summary>
    /// <exception cref="FormatException">The variable is not a positive number of seconds.</exception>
    public TimeSpan? SocketTimeout
    {
        get
        {
            var text = Value("MYPROXY_SOCKET_TIMEOUT");
            if (text is null)
            {
                return null;
            }

            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
                ? TimeSpan.FromSeconds(seconds)
                : throw new FormatException($"MYPROXY_SOCKET_TIMEOUT is '{text}', which is not a positive number of seconds.");
        }
    }

    /// <summary><c>MYPROXY_TCP_PORT_RANGE</c>, else <c>GLOBUS_TCP_PORT_RANGE</c>, or <see langword="null"/>.</summary>
    /// <exception cref="FormatException">The variable is not a port range.</exception>
    public TcpPortRange? PortRange
    {
        get
        {
            var text = Value("MYPROXY_TCP_PORT_RANGE") ?? Value("GLOBUS_TCP_PORT_RANGE");
            return text is null ? null : TcpPortRange.Parse(text);
        }
    }

    /// <summary>Returns <paramref name="options"/> with whatever the environment sets.</summary>
    /// <param name="options">The options to start from (explicit settings of the caller).</param>
    /// <returns>The options with the DN pin, timeouts and port range from the environment applied.</returns>
    /// <exception cref="FormatException">A variable is malformed.</exception>
    public TransportOptions Apply(TransportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = options;
        if (ServerDN is { } dn)
        {
            result = result with { ServerIdentity = ServerIdentityPolicy.Pinned(dn) };
        }

        if (SocketTimeout is { } timeout)
        {
            result = result with { ConnectTimeout = timeout, ReadTimeout = timeout };
        }

        if (PortRange is { } range)
        {
            result = result with { LocalPortRange = range };
        }

        return result;
    }

    private string? Value(string name)
    {
        var value = _variable(name);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
