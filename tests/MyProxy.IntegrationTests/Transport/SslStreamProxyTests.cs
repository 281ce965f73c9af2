using MyProxy.Transport.Tls;

namespace MyProxy.IntegrationTests.Transport;

/// <summary>SslStream on Linux cannot present an RFC 3820 proxy; the transport must say so and name the way out.</summary>
public sealed class SslStreamProxyTests
{
    [Test]
    public async Task Connect_AliceProxyOnLinux_RefusesPointingToTheBouncyCastleTransport()
    {
        Assume.That(OperatingSystem.IsLinux(), "the limitation is OpenSSL's");
        using var alice = TransportSandbox.AliceProxy();

        var exception = await Assert.ThrowsAsync<MyProxyTransportException>(
            () => SslStreamTransport.Instance.ConnectAsync(TransportSandbox.Endpoint, TransportSandbox.Options(alice), CancellationToken.None));

        Assert.That(exception!.Message, Does.Contain("refuses proxy certificates").And.Contain("--transport bouncycastle"));
    }
}
