namespace MyProxy.Transport.Tests;

public sealed class MyProxyEndpointTests
{
    [Test]
    public void Parse_HostOnly_UsesTheDefaultPort()
    {
        var endpoint = MyProxyEndpoint.Parse("myproxy.example.org");

        Assert.That((endpoint.Host, endpoint.Port), Is.EqualTo(("myproxy.example.org", 7512)));
    }

    [Test]
    public void Parse_HostAndPort_UsesThePort()
    {
        var endpoint = MyProxyEndpoint.Parse("myproxy.example.org:7513");

        Assert.That((endpoint.Host, endpoint.Port), Is.EqualTo(("myproxy.example.org", 7513)));
    }

    [Test]
    public void Parse_BracketedIPv6WithPort_SplitsAtTheBracket()
    {
        var endpoint = MyProxyEndpoint.Parse("[2001:db8::1]:7600");

        Assert.That((endpoint.Host, endpoint.Port), Is.EqualTo(("2001:db8::1", 7600)));
    }

    [Test]
    public void Parse_BracketedIPv6WithoutPort_UsesTheDefaultPort()
    {
        Assert.That(MyProxyEndpoint.Parse("[::1]", 9000).Port, Is.EqualTo(9000));
    }

    [Test]
    public void Parse_BareIPv6_IsAHostWithoutPort()
    {
        Assert.That(MyProxyEndpoint.Parse("2001:db8::1").Host, Is.EqualTo("2001:db8::1"));
    }

    [TestCase("host:")]
    [TestCase("host:0")]
    [TestCase("host:65536")]
    [TestCase("host:ab")]
    [TestCase(":7512")]
    [TestCase("[::1")]
    [TestCase("[host]:1")]
    [TestCase("[::1]x")]
    [TestCase("a:b:c")]
    [TestCase(" ")]
    public void Parse_Malformed_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => MyProxyEndpoint.Parse(text));
    }

    [Test]
    public void ParseList_TwoHosts_KeepsOrderAndPorts()
    {
        var endpoints = MyProxyEndpoint.ParseList("h1:1000, h2", defaultPort: 2000);

        Assert.That(endpoints, Is.EqualTo(new[] { new MyProxyEndpoint("h1", 1000), new MyProxyEndpoint("h2", 2000) }));
    }

    [Test]
    public void ParseList_OnlyCommas_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => MyProxyEndpoint.ParseList(",,"));
    }

    [Test]
    public void ToString_IPv6_BracketsTheAddress()
    {
        Assert.That(new MyProxyEndpoint("::1", 7512).ToString(), Is.EqualTo("[::1]:7512"));
    }

    [Test]
    public void ToString_HostName_IsHostColonPort()
    {
        Assert.That(new MyProxyEndpoint("localhost", 7512).ToString(), Is.EqualTo("localhost:7512"));
    }
}
