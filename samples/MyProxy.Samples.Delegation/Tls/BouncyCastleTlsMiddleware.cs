using System.IO.Pipelines;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http.Features;
using MyProxy.Crypto.Credentials;
using Org.BouncyCastle.Tls;

namespace MyProxy.Samples.Delegation.Tls;

/// <summary>
/// Kestrel connection middleware that does TLS with BouncyCastle instead of <c>UseHttps</c>. Kestrel's HTTPS is
/// SslStream, whose chain build throws on an RFC 3820 proxy client certificate on Linux before any validation
/// callback runs (see README.md); BouncyCastle hands us the chain untouched.
/// </summary>
internal sealed class BouncyCastleTlsMiddleware(ConnectionDelegate next, X509Credential host, TimeSpan handshakeTimeout)
{
    public async Task OnConnectionAsync(ConnectionContext connection)
    {
        var original = connection.Transport;
        var server = new ServiceTlsServer(host);
        var tls = new TlsProtocolStream(new TlsServerProtocol(), original.Input.AsStream(leaveOpen: true), original.Output.AsStream(leaveOpen: true));
        await using (tls)
        {
            if (!await TryHandshakeAsync(tls, server, connection.ConnectionClosed))
            {
                return;
            }

            var feature = new ProxyTlsFeature(server.ClientChain);
            connection.Features.Set(feature);
            connection.Features.Set<ITlsConnectionFeature>(feature);
            connection.Transport = new TlsPipe(PipeReader.Create(tls, new StreamPipeReaderOptions(leaveOpen: true)), PipeWriter.Create(tls, new StreamPipeWriterOptions(leaveOpen: true)));
            try
            {
                await next(connection);
            }
            finally
            {
                await connection.Transport.Input.CompleteAsync();
                await connection.Transport.Output.CompleteAsync();
                connection.Transport = original;
                foreach (var certificate in server.ClientChain)
                {
                    certificate.Dispose();
                }
            }
        }
    }

    // A failed handshake is the caller's problem (BouncyCastle has sent it the alert); the connection just ends.
    private async Task<bool> TryHandshakeAsync(TlsProtocolStream tls, ServiceTlsServer server, CancellationToken closed)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(closed);
        deadline.CancelAfter(handshakeTimeout);
        try
        {
            await tls.HandshakeAsync(protocol => ((TlsServerProtocol)protocol).Accept(server), deadline.Token);
            return true;
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException)
        {
            return false;
        }
    }

    private sealed class TlsPipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }
}
