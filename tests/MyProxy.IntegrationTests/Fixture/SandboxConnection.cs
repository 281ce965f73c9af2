using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace MyProxy.IntegrationTests.Fixture;

/// <summary>
/// A raw MyProxy connection to the sandbox for tests that speak the protocol byte by byte: TLS with the server
/// checked against the sandbox CA, the GSI delegation flag <c>'0'</c> sent as its own write, leading 0x00 bytes
/// from the server skipped, and a deadline on every read.
/// </summary>
internal sealed class SandboxConnection : IAsyncDisposable
{
    public static readonly TimeSpan DefaultReadTimeout = TimeSpan.FromSeconds(10);

    private const int ChunkSize = 16 * 1024;
    private static readonly byte[] NoDelegationFlag = "0"u8.ToArray();

    private readonly TcpClient _tcp;
    private readonly SslStream _tls;
    private readonly TimeSpan _readTimeout;
    private byte[] _pending = [];
    private bool _leadingNulsSkipped;

    private SandboxConnection(TcpClient tcp, SslStream tls, TimeSpan readTimeout)
    {
        _tcp = tcp;
        _tls = tls;
        _readTimeout = readTimeout;
    }

    public SslProtocols NegotiatedProtocol => _tls.SslProtocol;

    /// <summary>How many 0x00 bytes preceded the server's first message (one with TLS 1.3, see DESIGN.md).</summary>
    public int LeadingNulCount { get; private set; }

    public static async Task<SandboxConnection> OpenAsync(
        SandboxServer server,
        X509Certificate2? clientCertificate = null,
        TimeSpan? readTimeout = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(server);
        var timeout = readTimeout ?? DefaultReadTimeout;
        var tcp = new TcpClient();
        SslStream? tls = null;
        try
        {
            using var deadline = Deadline(timeout, cancellationToken);
            await tcp.ConnectAsync(server.Address, server.Port, deadline.Token);
            tls = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false);
            await tls.AuthenticateAsClientAsync(TlsOptions(server, clientCertificate), deadline.Token);
            await tls.WriteAsync(NoDelegationFlag, deadline.Token);
            await tls.FlushAsync(deadline.Token);
            return new SandboxConnection(tcp, tls, timeout);
        }
        catch
        {
            if (tls is not null)
            {
                await tls.DisposeAsync();
            }

            tcp.Dispose();
            throw;
        }
    }

    /// <summary>Sends <paramref name="bytes"/> as one write, as the C client sends one protocol message.</summary>
    public async Task SendAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default)
    {
        await _tls.WriteAsync(bytes, cancellationToken);
        await _tls.FlushAsync(cancellationToken);
    }

    public Task SendTextAsync(string message, CancellationToken cancellationToken = default) =>
        SendAsync(Encoding.ASCII.GetBytes(message), cancellationToken);

    /// <summary>Reads one text message up to its NUL terminator and returns it without the NUL.</summary>
    public async Task<string> ReadMessageAsync(CancellationToken cancellationToken = default)
    {
        await SkipLeadingNulsAsync(cancellationToken);
        int terminator;
        while ((terminator = Array.IndexOf(_pending, (byte)0)) < 0)
        {
            if (!await FillAsync(cancellationToken))
            {
                throw new EndOfStreamException($"the server closed the connection inside a message: {Encoding.ASCII.GetString(_pending)}");
            }
        }

        var message = Encoding.ASCII.GetString(_pending, 0, terminator);
        _pending = _pending[(terminator + 1)..];
        return message;
    }

    /// <summary>Returns whatever the server sent next (binary frames), or an empty array at the end of the stream.</summary>
    public async Task<byte[]> ReadRawAsync(CancellationToken cancellationToken = default)
    {
        await SkipLeadingNulsAsync(cancellationToken);
        if (_pending.Length == 0)
        {
            await FillAsync(cancellationToken);
        }

        var bytes = _pending;
        _pending = [];
        return bytes;
    }

    /// <summary>Reads until the server closes the connection (it exits after its final response).</summary>
    public async Task<byte[]> ReadToEndAsync(CancellationToken cancellationToken = default)
    {
        await SkipLeadingNulsAsync(cancellationToken);
        while (await FillAsync(cancellationToken))
        {
        }

        var bytes = _pending;
        _pending = [];
        return bytes;
    }

    public async ValueTask DisposeAsync()
    {
        await _tls.DisposeAsync();
        _tcp.Dispose();
    }

    private async Task SkipLeadingNulsAsync(CancellationToken cancellationToken)
    {
        while (!_leadingNulsSkipped)
        {
            if (_pending.Length == 0 && !await FillAsync(cancellationToken))
            {
                return;
            }

            var nuls = _pending.TakeWhile(b => b == 0).Count();
            LeadingNulCount += nuls;
            _pending = _pending[nuls..];
            _leadingNulsSkipped = _pending.Length > 0;
        }
    }

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        var chunk = new byte[ChunkSize];
        using var deadline = Deadline(_readTimeout, cancellationToken);
        int read;
        try
        {
            read = await _tls.ReadAsync(chunk, deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"the sandbox server sent nothing for {_readTimeout.TotalSeconds} s.");
        }

        _pending = [.. _pending, .. chunk.AsSpan(0, read)];
        return read > 0;
    }

    private static CancellationTokenSource Deadline(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        return deadline;
    }

    // An end-entity certificate only: SslStream on Linux cannot present a proxy (see docs/testing.md).
    private static SslClientAuthenticationOptions TlsOptions(SandboxServer server, X509Certificate2? clientCertificate) => new()
    {
        TargetHost = server.Host,
        EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
        ClientCertificates = clientCertificate is null ? null : [clientCertificate],
        RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            certificate is not null && SandboxTrust.IsServerCertificate(server, certificate),
    };
}
