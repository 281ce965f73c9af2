using MyProxy.Crypto.Validation;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace MyProxy.Transport.Tests;

public sealed class FailoverConnectorTests
{
    private static readonly MyProxyEndpoint First = new("h1", 1);
    private static readonly MyProxyEndpoint Second = new("h2", 2);

    private static TransportOptions Options() => new() { ServerChainValidator = Substitute.For<ICertificateChainValidator>() };

    [Test]
    public async Task ConnectAsync_FirstUnreachable_ConnectsToTheSecond()
    {
        var transport = Substitute.For<IMyProxyTransport>();
        var connection = Substitute.For<IMyProxyConnection>();
        transport.ConnectAsync(First, Arg.Any<TransportOptions>(), Arg.Any<CancellationToken>()).ThrowsAsync(new MyProxyConnectException("refused"));
        transport.ConnectAsync(Second, Arg.Any<TransportOptions>(), Arg.Any<CancellationToken>()).Returns(connection);

        var result = await new FailoverConnector(transport).ConnectAsync([First, Second], Options(), CancellationToken.None);

        Assert.That(result, Is.SameAs(connection));
    }

    [Test]
    public async Task ConnectAsync_FirstFailsVerification_DoesNotTryTheSecond()
    {
        var transport = Substitute.For<IMyProxyTransport>();
        transport.ConnectAsync(First, Arg.Any<TransportOptions>(), Arg.Any<CancellationToken>()).ThrowsAsync(new MyProxyServerIdentityException("wrong"));

        await Assert.ThrowsAsync<MyProxyServerIdentityException>(() => new FailoverConnector(transport).ConnectAsync([First, Second], Options(), CancellationToken.None));

        await transport.DidNotReceive().ConnectAsync(Second, Arg.Any<TransportOptions>(), Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task ConnectAsync_AllUnreachable_ReportsEveryFailure()
    {
        var transport = Substitute.For<IMyProxyTransport>();
        transport.ConnectAsync(First, Arg.Any<TransportOptions>(), Arg.Any<CancellationToken>()).ThrowsAsync(new MyProxyConnectException("h1: refused"));
        transport.ConnectAsync(Second, Arg.Any<TransportOptions>(), Arg.Any<CancellationToken>()).ThrowsAsync(new MyProxyConnectException("h2: timed out"));

        var exception = await Assert.ThrowsAsync<MyProxyConnectException>(() => new FailoverConnector(transport).ConnectAsync([First, Second], Options(), CancellationToken.None));

        Assert.That(exception!.Message, Does.Contain("h1: refused").And.Contain("h2: timed out"));
    }

    [Test]
    public async Task ConnectAsync_NoEndpoints_ThrowsArgumentException()
    {
        var transport = Substitute.For<IMyProxyTransport>();

        await Assert.ThrowsAsync<ArgumentException>(() => new FailoverConnector(transport).ConnectAsync([], Options(), CancellationToken.None));
    }
}
