using MyProxy.Crypto.Validation;
using MyProxy.Transport.Net;
using NSubstitute;

namespace MyProxy.Transport.Tests;

public sealed class TransportEnvironmentTests
{
    private static TransportEnvironment With(params (string Name, string Value)[] variables)
    {
        var values = variables.ToDictionary(variable => variable.Name, variable => variable.Value);
        return new TransportEnvironment(name => values.GetValueOrDefault(name));
    }

    private static TransportOptions Options() => new() { ServerChainValidator = Substitute.For<ICertificateChainValidator>() };

    [Test]
    public void Servers_NoOptionAndMyProxyServerSet_UsesTheVariableWithItsPort()
    {
        var environment = With(("MYPROXY_SERVER", "a,b:9"), ("MYPROXY_SERVER_PORT", "7600"));

        Assert.That(environment.Servers(), Is.EqualTo(new[] { new MyProxyEndpoint("a", 7600), new MyProxyEndpoint("b", 9) }));
    }

    [Test]
    public void Servers_CommandLineHost_WinsOverTheVariable()
    {
        var environment = With(("MYPROXY_SERVER", "a"));

        Assert.That(environment.Servers("c", 1234), Is.EqualTo(new[] { new MyProxyEndpoint("c", 1234) }));
    }

    [Test]
    public void Servers_NothingSet_ThrowsSayingHowToName()
    {
        var exception = Assert.Throws<MyProxyTransportException>(() => With().Servers());

        Assert.That(exception!.Message, Does.Contain("MYPROXY_SERVER"));
    }

    [Test]
    public void DefaultPort_Malformed_ThrowsNamingTheVariable()
    {
        var exception = Assert.Throws<FormatException>(() => _ = With(("MYPROXY_SERVER_PORT", "x")).DefaultPort);

        Assert.That(exception!.Message, Does.StartWith("MYPROXY_SERVER_PORT is 'x'"));
    }

    [Test]
    public void SocketTimeout_Seconds_IsATimeSpan()
    {
        Assert.That(With(("MYPROXY_SOCKET_TIMEOUT", "12")).SocketTimeout, Is.EqualTo(TimeSpan.FromSeconds(12)));
    }

    [TestCase("0")]
    [TestCase("-1")]
    [TestCase("soon")]
    public void SocketTimeout_NotPositiveSeconds_Throws(string value)
    {
        Assert.Throws<FormatException>(() => _ = With(("MYPROXY_SOCKET_TIMEOUT", value)).SocketTimeout);
    }

    [Test]
    public void PortRange_MyProxyVariable_WinsOverGlobus()
    {
        var environment = With(("MYPROXY_TCP_PORT_RANGE", "50000,50010"), ("GLOBUS_TCP_PORT_RANGE", "1,2"));

        Assert.That(environment.PortRange, Is.EqualTo(new TcpPortRange(50000, 50010)));
    }

    [Test]
    public void PortRange_OnlyGlobusVariable_IsUsed()
    {
        Assert.That(With(("GLOBUS_TCP_PORT_RANGE", "40000 40100")).PortRange, Is.EqualTo(new TcpPortRange(40000, 40100)));
    }

    [Test]
    public void Apply_ServerDN_PinsIt()
    {
        var options = With(("MYPROXY_SERVER_DN", "/DC=org/CN=host/x")).Apply(Options());

        Assert.That(options.ServerIdentity.PinnedDN, Is.EqualTo("/DC=org/CN=host/x"));
    }

    [Test]
    public void Apply_SocketTimeout_SetsBothTimeouts()
    {
        var options = With(("MYPROXY_SOCKET_TIMEOUT", "5")).Apply(Options());

        Assert.That((options.ConnectTimeout, options.ReadTimeout), Is.EqualTo((TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5))));
    }

    [Test]
    public void Apply_NothingSet_KeepsTheDefaults()
    {
        var options = With().Apply(Options());

        Assert.That((options.ConnectTimeout, options.ReadTimeout, options.LocalPortRange), Is.EqualTo((TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30), (TcpPortRange?)null)));
    }
}
