using System.Globalization;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace MyProxy.Transport.Net;

/// <summary>
/// The connection both transports hand out: an authenticated stream with the GSI details (leading NULs skipped,
/// the delegation flag as its own write) and a deadline on every read and write.
/// </summary>
internal sealed class TlsConnection : IMyProxyConnection
{
    private static readonly ReadOnlyMemory<byte> NoDelegation = "0"u8.ToArray();

    private readonly Stream _stream;
    private readonly LeadingNulSkipper _reader;
    private readonly TimeSpan _timeout;
    private bool _flagSent;
    private bool _disposed;

    public TlsConnection(MyProxyEndpoint endpoint, Stream stream, TlsSessionInfo session, TimeSpan timeout)
    {
        Endpoint = endpoint;
        _stream = stream;
        _reader = new LeadingNulSkipper(stream, new NulPadding(ProtocolLimits.Default.MaxMessageBytes, endpoint));
        _timeout = timeout;
        ServerCertificates = session.ServerCertificates;
        Protocol = session.Protocol;
        CipherSuite = session.CipherSuite;
    }

    public MyProxyEndpoint Endpoint { get; }

    public IReadOnlyList<X509Certificate2> ServerCertificates { get; }

    public SslProtocols Protocol { get; }

    public TlsCipherSuite CipherSuite { get; }

    /// <summary>How many leading 0x00 bytes the server sent before its first response.</summary>
    public int LeadingNulCount => _reader.SkippedCount;

    public async Task SendGsiDelegationFlagAsync(CancellationToken cancellationToken)
    {
        if (_flagSent)
        {
            throw new InvalidOperationException("The GSI delegation flag was already sent on this connection.");
        }

        await WriteCoreAsync(NoDelegation, cancellationToken).ConfigureAwait(false);
        _flagSent = true;
    }

    public Task WriteAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        if (!_flagSent)
        {
            throw new InvalidOperationException("Send the GSI delegation flag (SendGsiDelegationFlagAsync) before the first request.");
        }

        return WriteCoreAsync(message, cancellationToken);
    }

    public async Task<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var deadline = Deadline(cancellationToken);
        try
        {
            return await _reader.ReadAsync(buffer, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new MyProxyTimeoutException(
                $"the MyProxy server {Endpoint} sent nothing for {Seconds(_timeout)} s; it may be overloaded or not a MyProxy server: try again later or raise the timeout (MYPROXY_SOCKET_TIMEOUT, --timeout)",
                exception);
        }
        catch (IOException exception)
        {
            throw new MyProxyTransportException($"the connection to the MyProxy server {Endpoint} broke while reading: {exception.Message}", exception);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _stream.DisposeAsync().ConfigureAwait(false);
        foreach (var certificate in ServerCertificates)
        {
            certificate.Dispose();
        }
    }

    internal static string Seconds(TimeSpan timeout) => timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    private async Task WriteCoreAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var deadline = Deadline(cancellationToken);
        try
        {
            await _stream.WriteAsync(bytes, deadline.Token).ConfigureAwait(false);
            await _stream.FlushAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new MyProxyTimeoutException($"the MyProxy server {Endpoint} accepted no data for {Seconds(_timeout)} s; try again later or raise the timeout", exception);
        }
        catch (IOException exception)
        {
            throw new MyProxyTransportException($"the connection to the MyProxy server {Endpoint} broke while writing: {exception.Message}", exception);
        }
    }

    private CancellationTokenSource Deadline(CancellationToken cancellationToken)
    {
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_timeout);
        return deadline;
    }
}
