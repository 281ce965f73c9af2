using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace MyProxy.IntegrationTests.Hostile;

/// <summary>
/// A TLS listener on 127.0.0.1 with the sandbox's host certificate (so clients verify it like the real server)
/// that runs a script for every connection: the script decides what, and how wrongly, the "server" says.
/// With <see cref="HostileServer(Func{HostilePeer, CancellationToken, Task}, bool)"/> and <c>tls: false</c> it speaks
/// plain TCP, for <see cref="PlainTransport"/>: the same bytes for a thousandth of the cost of a handshake.
/// </summary>
internal sealed class HostileServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<HostilePeer, CancellationToken, Task> _script;
    private readonly X509Certificate2? _certificate;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _connections = [];
    private readonly Task _loop;

    public HostileServer(Func<HostilePeer, CancellationToken, Task> script, bool tls = true)
    {
        _script = script;
        if (tls)
        {
            using var pem = X509Certificate2.CreateFromPemFile(Sandbox.Server.HostCertificatePath, Sandbox.Server.HostKeyPath);
            // SslStream on Linux wants a key it can use from its own store: round-trip through PKCS#12.
            _certificate = X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
        }

        _listener.Start(backlog: 64);
        _loop = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Task[] connections;
        lock (_connections)
        {
            connections = [.. _connections, _loop];
        }

        try
        {
            await Task.WhenAll(connections).WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException or IOException or TimeoutException)
        {
        }

        _stop.Dispose();
        _certificate?.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            lock (_connections)
            {
                _connections.RemoveAll(connection => connection.IsCompleted);
                _connections.Add(_certificate is null ? ServePlainAsync(client) : ServeAsync(client, _certificate));
            }
        }
    }

    private async Task ServeAsync(TcpClient client, X509Certificate2 certificate)
    {
        using (client)
        {
            var tls = new SslStream(client.GetStream(), leaveInnerStreamOpen: false);
            await using (tls.ConfigureAwait(false))
            {
                using var ca = Sandbox.Server.LoadCACertificate();
                var options = new SslServerAuthenticationOptions
                {
                    ServerCertificateContext = SslStreamCertificateContext.Create(certificate, [ca], offline: true),
                    EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                    // Not asked for: who the client is does not matter to a server about to misbehave, and SslStream
                    // cannot take an RFC 3820 proxy as a client certificate (see SslStreamServerProxyTests).
                    ClientCertificateRequired = false,
                };
                try
                {
                    await tls.AuthenticateAsServerAsync(options, _stop.Token);
                    await _script(new HostilePeer(tls, () => tls.ShutdownAsync()), _stop.Token);
                }
                catch (Exception exception) when (exception is AuthenticationException or IOException or OperationCanceledException or ObjectDisposedException or EndOfStreamException)
                {
                    // The client hung up on us: exactly what a misbehaving server should expect.
                }
            }
        }
    }

    private async Task ServePlainAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            try
            {
                await _script(new HostilePeer(stream, () => ShutdownSend(client)), _stop.Token);
            }
            catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException or EndOfStreamException)
            {
                // As over TLS: the client hung up.
            }
        }
    }

    private static Task ShutdownSend(TcpClient client)
    {
        client.Client.Shutdown(SocketShutdown.Send);
        return Task.CompletedTask;
    }
}
