using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Transport;
using MyProxy.Transport.Tls;

namespace MyProxy.IntegrationTests.Transport;

/// <summary>
/// The server-side twin of <see cref="SslStreamProxyTests"/>: an SslStream server (what Kestrel's <c>UseHttps</c> is)
/// cannot accept an RFC 3820 proxy as client certificate on Linux, even with a validation callback that accepts
/// everything: the chain build throws before the callback. This is why <c>samples/MyProxy.Samples.Delegation</c> does
/// TLS with BouncyCastle inside Kestrel. If this test starts failing, the platform has learnt proxies and the sample
/// could use <c>UseHttps</c>.
/// </summary>
public sealed class SslStreamServerProxyTests
{
    [Test]
    public async Task AuthenticateAsServer_AliceProxyAsClientCertificate_ThrowsBeforeTheValidationCallback()
    {
        Assume.That(OperatingSystem.IsLinux(), "the limitation is OpenSSL's");
        using var alice = TransportSandbox.AliceProxy();
        using var host = X509Certificate2.CreateFromPemFile(Sandbox.Server.HostCertificatePath, Sandbox.Server.HostKeyPath);
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var callbackRan = false;
            var server = AcceptOneAsync(listener, host, () => callbackRan = true);
            var client = ConnectQuietlyAsync(new MyProxyEndpoint("localhost", ((IPEndPoint)listener.LocalEndpoint).Port), alice);

            var exception = await Assert.ThrowsAsync<CryptographicException>(() => server.WaitAsync(TransportSandbox.Timeout));

            Assert.That(exception!.Message, Does.Contain("unhandled error code '40'"));
            Assert.That(callbackRan, Is.False);
            await client;
        }
        finally
        {
            listener.Stop();
            listener.Dispose();
        }
    }

    // The callback accepts whatever it is given: judging the chain is not what this test is about.
    private static async Task AcceptOneAsync(TcpListener listener, X509Certificate2 host, Func<bool> acceptAndRecord)
    {
        using var tcp = await listener.AcceptTcpClientAsync();
        await using var tls = new SslStream(tcp.GetStream());
        await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
        {
            ServerCertificateContext = SslStreamCertificateContext.Create(host, null, offline: true),
            ClientCertificateRequired = true,
            RemoteCertificateValidationCallback = (_, _, _, _) => acceptAndRecord(),
        });
    }

    // In TLS 1.3 the client finishes before the server has judged its certificate, so it may connect or fail; either is fine here.
    private static async Task ConnectQuietlyAsync(MyProxyEndpoint endpoint, MyProxy.Crypto.Credentials.X509Credential credential)
    {
        try
        {
            var connection = await BouncyCastleTransport.Instance.ConnectAsync(endpoint, TransportSandbox.Options(credential), CancellationToken.None);
            await connection.DisposeAsync();
        }
        catch (MyProxyException)
        {
        }
    }
}
