using System.Net.Security;
using System.Security.Authentication;
using MyProxy.Transport.Net;

namespace MyProxy.Transport.Tests.Net;

public sealed class TlsConnectionTests
{
    private static readonly MyProxyEndpoint Endpoint = new("localhost", 7512);

    private static TlsConnection Over(Stream stream, TimeSpan? timeout = null) =>
        new(Endpoint, stream, new TlsSessionInfo([], SslProtocols.Tls13, TlsCipherSuite.TLS_AES_256_GCM_SHA384), timeout ?? TimeSpan.FromSeconds(30));

    [Test]
    public async Task SendGsiDelegationFlagAsync_Always_WritesTheSingleByteZeroAsItsOwnFlushedWrite()
    {
        var stream = new ScriptedStream();
        await using var connection = Over(stream);

        await connection.SendGsiDelegationFlagAsync(CancellationToken.None);
        await connection.WriteAsync("VERSION=MYPROXYv2\n\0"u8.ToArray(), CancellationToken.None);

        Assert.That(stream.Writes[0], Is.EqualTo(new byte[] { 0x30 }));
        Assert.That(stream.Flushes, Is.EqualTo(2));
    }

    [Test]
    public async Task WriteAsync_BeforeTheDelegationFlag_Throws()
    {
        await using var connection = Over(new ScriptedStream());

        Assert.Throws<InvalidOperationException>(() => _ = connection.WriteAsync(new byte[1], CancellationToken.None));
    }

    [Test]
    public async Task SendGsiDelegationFlagAsync_Twice_Throws()
    {
        await using var connection = Over(new ScriptedStream());
        await connection.SendGsiDelegationFlagAsync(CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => connection.SendGsiDelegationFlagAsync(CancellationToken.None));
    }

    [Test]
    public async Task ReadAsync_LeadingNul_IsNotReturned()
    {
        await using var connection = Over(new ScriptedStream([0], "V"u8.ToArray()));
        var buffer = new byte[8];

        var read = await connection.ReadAsync(buffer, CancellationToken.None);

        Assert.That(buffer[..read], Is.EqualTo("V"u8.ToArray()));
    }

    [Test]
    public async Task ReadAsync_SilentServer_ThrowsTimeoutNamingServerAndSeconds()
    {
        await using var connection = Over(new SilentStream(), TimeSpan.FromMilliseconds(50));

        var exception = await Assert.ThrowsAsync<MyProxyTimeoutException>(() => connection.ReadAsync(new byte[8], CancellationToken.None));

        Assert.That(exception!.Message, Does.StartWith("the MyProxy server localhost:7512 sent nothing for 0.05 s;"));
    }

    [Test]
    public void Seconds_DefaultTimeout_IsThirty()
    {
        Assert.That(TlsConnection.Seconds(TransportOptions.DefaultTimeout), Is.EqualTo("30"));
    }

    [Test]
    public async Task ReadAsync_CallerCancels_ThrowsOperationCanceledNotTimeout()
    {
        await using var connection = Over(new SilentStream());
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var exception = await Assert.CatchAsync<OperationCanceledException>(() => connection.ReadAsync(new byte[8], cancellation.Token));

        Assert.That(exception, Is.Not.InstanceOf<MyProxyTimeoutException>());
    }

    [Test]
    public async Task WriteAsync_ServerNeverAccepts_ThrowsTimeout()
    {
        await using var connection = Over(new SilentStream(), TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAsync<MyProxyTimeoutException>(() => connection.SendGsiDelegationFlagAsync(CancellationToken.None));
    }
}
