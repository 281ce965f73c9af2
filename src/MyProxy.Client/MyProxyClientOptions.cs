using MyProxy.Crypto;

namespace MyProxy.Client;

/// <summary>
/// How <see cref="MyProxyClient"/> reaches its server and what it asks for. Bound from the configuration section
/// <see cref="SectionName"/>; the C tools' environment variables (<c>MYPROXY_SERVER</c>, <c>MYPROXY_SERVER_PORT</c>,
/// <c>MYPROXY_SERVER_DN</c>, <c>X509_CERT_DIR</c>, <c>MYPROXY_SOCKET_TIMEOUT</c>, <c>MYPROXY_KEYBITS</c>) are the
/// defaults that configuration overrides.
/// </summary>
public sealed class MyProxyClientOptions
{
    /// <summary>The configuration section <c>AddMyProxyClient(IConfiguration)</c> binds.</summary>
    public const string SectionName = "MyProxy";

    /// <summary>The server, or a host list <c>h1[:p1],h2[:p2]</c> tried in order (<c>MYPROXY_SERVER</c>).</summary>
    public string? Host { get; set; }

    /// <summary>The port of hosts that name none (<c>MYPROXY_SERVER_PORT</c>); 7512 when not set.</summary>
    public int? Port { get; set; }

    /// <summary>The exact DN the server's certificate must have (<c>MYPROXY_SERVER_DN</c>); otherwise the host name is checked.</summary>
    public string? ServerDN { get; set; }

    /// <summary>The trusted CA directory (<c>X509_CERT_DIR</c>); otherwise <c>~/.globus/certificates</c>, then <c>/etc/grid-security/certificates</c>.</summary>
    public string? CACertDir { get; set; }

    /// <summary>The lifetime asked for a proxy at logon, and the longest retrieval lifetime of PUT/STORE (12 hours).</summary>
    public TimeSpan ProxyLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>The key generated for a logon: RSA (default) or EC.</summary>
    public MyProxyKeyType KeyType { get; set; } = MyProxyKeyType.Rsa;

    /// <summary>Bits of the generated key: 2048 by default (<c>MYPROXY_KEYBITS</c>); for EC 256 (P-256; also what 2048 means with EC) or 384 (P-384).</summary>
    public int KeySize { get; set; } = 2048;

    /// <summary>Pre-generated logon keys for hosts that log on often; off (size 0) by default.</summary>
    public MyProxyKeyPoolOptions KeyPool { get; set; } = new();

    /// <summary>
    /// How many RSA key generations a logon races, keeping the first to finish and disposing the others (1 to 8; 1,
    /// no race, by default). RSA generation time has a long tail, so 2 on a machine with 2 free cores cuts the
    /// typical logon; a busy host serving many logons at once gains nothing from more than 1. EC keys never race.
    /// </summary>
    public int ParallelKeyGenerations { get; set; } = 1;

    /// <summary>Bounds connecting and every read (<c>MYPROXY_SOCKET_TIMEOUT</c>); 30 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The TLS implementation; <see cref="MyProxyTransportKind.Auto"/> picks one per connection.</summary>
    public MyProxyTransportKind Transport { get; set; } = MyProxyTransportKind.Auto;

    /// <summary>The cryptography backend: <see cref="CryptoBackend.System"/> (default) or BouncyCastle.</summary>
    public CryptoBackend Crypto { get; set; } = CryptoBackend.System;
}
