using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Transport;

namespace MyProxy.IntegrationTests.Transport;

/// <summary>
/// A listener on 127.0.0.1 that accepts connections and then says nothing: with a certificate it completes the
/// TLS handshake first (a silent MyProxy server), without one it never starts TLS (a stuck handshake).
/// </summary>
internal sealed class TestListener : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly X509Certificate2? _certificate;
    private readonly SslProtocols _protocols;
    private readonly bool _askForClientCertificate;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<IDisposable> _accepted = [];
    private readonly Task _loop;

    private TestListener(X509Certificate2? certificate, SslProtocols protocols = SslProtocols.Tls12 | SslProtocols.Tls13, bool askForClientCertificate = false)
    {
        _certificate = certificate;
        _protocols = protocols;
        _askForClientCertificate = askForClientCertificate;
        _listener.Start();
        _loop = AcceptAsync();
    }

    public MyProxyEndpoint Endpoint(string host = "localhost") => new(host, ((IPEndPoint)_listener.LocalEndpoint).Port);

    /// <summary>A listener that completes TLS with <paramref name="certificate"/> (and the sandbox CA) and then stays silent.</summary>
    public static TestListener SilentTls(X509Certificate2 certificate) => new(certificate);

    /// <summary>A silent TLS listener that speaks only <paramref name="protocols"/> and asks for a client certificate.</summary>
    public static TestListener SilentTls(X509Certificate2 certificate, SslProtocols protocols) => new(certificate, protocols, askForClientCertificate: true);

    /// <summary>The certificates the last client presented (its own first), once its handshake is done.</summary>
    public TaskCompletionSource<IReadOnlyList<byte[]>> ClientChain { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A listener that accepts TCP connections and never answers.</summary>
    public static TestListener SilentTcp() => new(null);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        lock (_accepted)
        {
            _accepted.ForEach(item => item.Dispose());
        }

        _stop.Dispose();
        _certificate?.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            lock (_accepted)
            {
                _accepted.Add(client);
            }

            if (_certificate is not null)
            {
                _ = ServeTlsAsync(client);
            }
        }
    }

    private async Task ServeTlsAsync(TcpClient client)
    {
        var tls = new SslStream(client.GetStream(), leaveInnerStreamOpen: true);
        lock (_accepted)
        {
            _accepted.Add(tls);
        }

        using var ca = Sandbox.Server.LoadCACertificate();
        var options = new SslServerAuthenticationOptions
        {
            ServerCertificateContext = SslStreamCertificateContext.Create(_certificate!, [ca], offline: true),
            EnabledSslProtocols = _protocols,
            ClientCertificateRequired = _askForClientCertificate,
            RemoteCertificateValidationCallback = (_, certificate, chain, _) =>
            {
                // Record what the client sent; judging it is not this listener's business.
                byte[][] sent = certificate is null ? [] : [certificate.GetRawCertData(), .. (chain?.ChainPolicy.ExtraStore ?? []).Select(extra => extra.RawData)];
                ClientChain.TrySetResult(sent);
                return true;
            },
        };
        try
        {
            await tls.AuthenticateAsServerAsync(options, _stop.Token);
        }
        catch (Exception exception) when (exception is AuthenticationException or IOException or OperationCanceledException)
        {
            // The client refused the certificate: that is what the refusal tests want.
        }
    }
}
