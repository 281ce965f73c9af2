using MyProxy.Transport.Tls;

namespace MyProxy.Transport;

/// <summary>The built-in transports by the names the CLI's <c>--transport</c> option uses.</summary>
public static class MyProxyTransports
{
    /// <summary>Every built-in transport.</summary>
    public static IReadOnlyList<IMyProxyTransport> All { get; } = [SslStreamTransport.Instance, BouncyCastleTransport.Instance];

    /// <summary>The transport named <paramref name="name"/> (<c>sslstream</c> or <c>bouncycastle</c>, any case).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The transport.</returns>
    /// <exception cref="ArgumentException">No transport has that name.</exception>
    public static IMyProxyTransport ByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return All.FirstOrDefault(transport => string.Equals(transport.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"There is no transport '{name}'; use {string.Join(" or ", All.Select(transport => transport.Name))}.", nameof(name));
    }
}
