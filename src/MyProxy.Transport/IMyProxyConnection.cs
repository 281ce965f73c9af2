using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace MyProxy.Transport;

/// <summary>
/// An open, authenticated and encrypted connection to a MyProxy server. Reads skip the server's leading NUL
/// byte(s) and are each bounded by <see cref="TransportOptions.ReadTimeout"/>; the GSI delegation flag must be
/// sent (<see cref="SendGsiDelegationFlagAsync"/>) before the first request.
/// </summary>
/// <remarks>Not thread-safe: one request/response exchange at a time. Disposing closes the connection.</remarks>
public interface IMyProxyConnection : IAsyncDisposable
{
    /// <summary>The server this connection reached (one of a host list).</summary>
    MyProxyEndpoint Endpoint { get; }

    /// <summary>The certificates the server presented, its own first; owned by the connection.</summary>
    IReadOnlyList<X509Certificate2> ServerCertificates { get; }

    /// <summary>The negotiated TLS version (TLS 1.2 or 1.3).</summary>
    SslProtocols Protocol { get; }

    /// <summary>The negotiated cipher suite.</summary>
    TlsCipherSuite CipherSuite { get; }

    /// <summary>
    /// Sends the GSI delegation flag <c>'0'</c> ("no delegation") as its own write, which the server reads right
    /// after the handshake. Call once, before the first <see cref="WriteAsync"/>.
    /// </summary>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the byte is flushed.</returns>
    /// <exception cref="InvalidOperationException">The flag was already sent.</exception>
    /// <exception cref="MyProxyTransportException">The connection failed or the write timed out.</exception>
    Task SendGsiDelegationFlagAsync(CancellationToken cancellationToken);

    /// <summary>Writes one protocol message and flushes it.</summary>
    /// <param name="message">The bytes, for example an encoded request.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the message is flushed.</returns>
    /// <exception cref="InvalidOperationException">The delegation flag has not been sent yet.</exception>
    /// <exception cref="MyProxyTransportException">The connection failed or the write timed out.</exception>
    Task WriteAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken);

    /// <summary>Reads whatever the server sent next, waiting at most the read timeout.</summary>
    /// <param name="buffer">Where to put the bytes.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The number of bytes read; 0 when the server closed the connection.</returns>
    /// <exception cref="MyProxyTimeoutException">The server sent nothing within the read timeout.</exception>
    /// <exception cref="MyProxyTransportException">The connection failed.</exception>
    Task<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken);
}
