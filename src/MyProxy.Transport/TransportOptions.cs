using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Validation;
using MyProxy.Transport.Identity;
using MyProxy.Transport.Net;

namespace MyProxy.Transport;

/// <summary>How to open a connection: timeouts, the client credential, and how to verify the server.</summary>
/// <remarks>Immutable; derive variants with <c>with</c>. The credential is borrowed, not owned.</remarks>
public sealed record TransportOptions
{
    /// <summary>The timeout used for connecting and for each read unless set otherwise.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>How long to wait for the TCP connection and the TLS handshake of one server.</summary>
    public TimeSpan ConnectTimeout { get; init; } = DefaultTimeout;

    /// <summary>How long any single read may wait for the server; a silent server raises <see cref="MyProxyTimeoutException"/>.</summary>
    public TimeSpan ReadTimeout { get; init; } = DefaultTimeout;

    /// <summary>The client's proxy or end-entity credential, sent with its whole chain; <see langword="null"/> = anonymous.</summary>
    public X509Credential? ClientCredential { get; init; }

    /// <summary>Validates the chain the server presents (never the platform's default, which rejects proxies and grid CAs).</summary>
    public required ICertificateChainValidator ServerChainValidator { get; init; }

    /// <summary>Which server identities to accept once the chain is valid.</summary>
    public ServerIdentityPolicy ServerIdentity { get; init; } = ServerIdentityPolicy.HostName;

    /// <summary>The local ports to bind to; <see langword="null"/> lets the system choose.</summary>
    public TcpPortRange? LocalPortRange { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> when a value is unusable, before any I/O.</summary>
    /// <exception cref="ArgumentException">A timeout is not positive, or no validator is set.</exception>
    public void Validate()
    {
        if (ConnectTimeout <= TimeSpan.Zero && ConnectTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentException($"ConnectTimeout must be positive, not {ConnectTimeout}.", nameof(ConnectTimeout));
        }

        if (ReadTimeout <= TimeSpan.Zero && ReadTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentException($"ReadTimeout must be positive, not {ReadTimeout}.", nameof(ReadTimeout));
        }

        if (ServerChainValidator is null)
        {
            throw new ArgumentException("ServerChainValidator is required: the server must always be verified.", nameof(ServerChainValidator));
        }

        if (ServerIdentity is null)
        {
            throw new ArgumentException("ServerIdentity is required.", nameof(ServerIdentity));
        }
    }
}
