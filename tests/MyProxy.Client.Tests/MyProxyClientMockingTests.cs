using MyProxy.Client.Operations;
using MyProxy.Transport;
using NSubstitute;

namespace MyProxy.Client.Tests;

/// <summary>Callers can mock the client in their own tests.</summary>
public sealed class MyProxyClientMockingTests
{
    [Test]
    public async Task InfoAsync_OnASubstitute_ReturnsWhatTheTestConfigured()
    {
        var client = Substitute.For<MyProxyClient>();
        var configured = new InfoResult(new MyProxyEndpoint("h"), []);
        client.InfoAsync(Arg.Any<InfoRequest>(), Arg.Any<CancellationToken>()).Returns(configured);

        var result = await client.InfoAsync(new InfoRequest { Username = "alice" });

        Assert.That(result, Is.SameAs(configured));
    }
}
