using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace MyProxy.Transport;

/// <summary>One MyProxy server: a host name or address and a TCP port.</summary>
public sealed record MyProxyEndpoint
{
    /// <summary>The port MyProxy servers listen on unless told otherwise.</summary>
    public const int DefaultPort = 7512;

    /// <summary>Creates an endpoint.</summary>
    /// <param name="host">A host name or IP address literal (IPv6 without brackets).</param>
    /// <param name="port">The TCP port, 1 to 65535.</param>
    /// <exception cref="ArgumentException">The host is empty or the port is out of range.</exception>
    public MyProxyEndpoint(string host, int port = DefaultPort)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        ArgumentOutOfRangeException.ThrowIfLessThan(port, IPEndPoint.MinPort + 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, IPEndPoint.MaxPort);
        Host = host;
        Port = port;
    }

    /// <summary>The host name (what the server's certificate must name) or IP address literal.</summary>
    public string Host { get; }

    /// <summary>The TCP port.</summary>
    public int Port { get; }

    /// <summary>Whether <see cref="Host"/> is an IP address literal rather than a name.</summary>
    public bool IsAddress => IPAddress.TryParse(Host, out _);

    /// <summary>Parses one <c>host</c>, <c>host:port</c>, <c>[v6]</c> or <c>[v6]:port</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="defaultPort">The port when the text names none.</param>
    /// <returns>The endpoint.</returns>
    /// <exception cref="FormatException">The text is not a host with an optional port.</exception>
    public static MyProxyEndpoint Parse(string text, int defaultPort = DefaultPort)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Trim();
        if (value.Length == 0)
        {
            throw new FormatException("A MyProxy server name is empty; give host or host:port.");
        }

        var (host, port) = value[0] == '[' ? SplitBracketed(value) : SplitPlain(value);
        if (host.Length == 0)
        {
            throw new FormatException($"'{text}' names no host; give host or host:port.");
        }

        if (port is null)
        {
            return new MyProxyEndpoint(host, defaultPort);
        }

        if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > IPEndPoint.MaxPort)
        {
            throw new FormatException($"'{text}' has the port '{port}', which is not a number from 1 to 65535.");
        }

        return new MyProxyEndpoint(host, number);
    }

    /// <summary>
    /// Parses a host list <c>h1[:p1],h2[:p2],...</c> as the C tools accept in <c>-s</c> and <c>MYPROXY_SERVER</c>;
    /// empty entries are ignored.
    /// </summary>
    /// <param name="list">The list.</param>
    /// <param name="defaultPort">The port of entries that name none.</param>
    /// <returns>The endpoints in the order given; never empty.</returns>
    /// <exception cref="FormatException">An entry is malformed or the list names no host.</exception>
    public static IReadOnlyList<MyProxyEndpoint> ParseList(string list, int defaultPort = DefaultPort)
    {
        ArgumentNullException.ThrowIfNull(list);
        var endpoints = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(entry => Parse(entry, defaultPort))
            .ToList();
        if (endpoints.Count == 0)
        {
            throw new FormatException("The MyProxy server list is empty; give host[:port][,host[:port]...].");
        }

        return endpoints;
    }

    /// <summary><c>host:port</c>, with brackets around an IPv6 address.</summary>
    /// <returns>The endpoint as the user would write it.</returns>
    public override string ToString() =>
        IPAddress.TryParse(Host, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6
            ? $"[{Host}]:{Port.ToString(CultureInfo.InvariantCulture)}"
            : $"{Host}:{Port.ToString(CultureInfo.InvariantCulture)}";

    private static (string Host, string? Port) SplitBracketed(string value)
    {
        var close = value.IndexOf(']', StringComparison.Ordinal);
        if (close < 0)
        {
            throw new FormatException($"'{value}' opens '[' for an IPv6 address but never closes it.");
        }

        var host = value[1..close];
        if (!IPAddress.TryParse(host, out var address) || address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            throw new FormatException($"'{value}': only an IPv6 address may stand in brackets.");
        }

        var rest = value[(close + 1)..];
        return rest.Length switch
        {
            0 => (host, null),
            _ when rest[0] == ':' => (host, rest[1..]),
            _ => throw new FormatException($"'{value}' has '{rest}' after the IPv6 address; expected :port."),
        };
    }

    private static (string Host, string? Port) SplitPlain(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return (value, null);
        }

        // More than one colon: an IPv6 literal without brackets, which cannot carry a port.
        if (value.IndexOf(':', colon + 1) >= 0)
        {
            return IPAddress.TryParse(value, out _)
                ? (value, null)
                : throw new FormatException($"'{value}' has more than one ':'; write an IPv6 address as [address]:port.");
        }

        return (value[..colon], value[(colon + 1)..]);
    }
}
