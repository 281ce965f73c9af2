using MyProxy.Transport.Tls;

namespace MyProxy.Transport.Tests;

public sealed class MyProxyTransportsTests
{
    [TestCase("sslstream")]
    [TestCase("SslStream")]
    public void ByName_SslStream_IsTheSslStreamTransport(string name)
    {
        Assert.That(MyProxyTransports.ByName(name), Is.SameAs(SslStreamTransport.Instance));
    }

    [Test]
    public void ByName_BouncyCastle_IsTheBouncyCastleTransport()
    {
        Assert.That(MyProxyTransports.ByName("bouncycastle"), Is.SameAs(BouncyCastleTransport.Instance));
    }

    [Test]
    public void ByName_Unknown_ThrowsListingTheNames()
    {
        var exception = Assert.Throws<ArgumentException>(() => MyProxyTransports.ByName("gnutls"));

        Assert.That(exception!.Message, Does.Contain("sslstream or bouncycastle"));
    }
}
