using MyProxy.Client.Strategies;
using MyProxy.Client.Tests.Support;
using MyProxy.Crypto;
using MyProxy.Crypto.Proxies;
using MyProxy.Transport.Tls;
using OptionsFactory = Microsoft.Extensions.Options.Options;

namespace MyProxy.Client.Tests.Strategies;

public sealed class OptionsTransportSelectorTests
{
    private static OptionsTransportSelector Selector(MyProxyTransportKind kind) => new(OptionsFactory.Create(new MyProxyClientOptions { Transport = kind }));

    [Test]
    public void Select_AutoWithEndEntityCredential_IsSslStream()
    {
        using var credential = Certificates.EndEntity();

        Assert.That(Selector(MyProxyTransportKind.Auto).Select(credential), Is.SameAs(SslStreamTransport.Instance));
    }

    [Test]
    public void Select_AutoWithProxyCredential_IsBouncyCastle()
    {
        using var issuer = Certificates.EndEntity();
        using var proxy = new ProxyFactory(CryptoProviders.For(CryptoBackend.System)).CreateProxy(issuer, new ProxyOptions { Key = Crypto.Keys.KeySpecification.EcP256 });

        Assert.That(Selector(MyProxyTransportKind.Auto).Select(proxy), Is.SameAs(BouncyCastleTransport.Instance));
    }

    [Test]
    public void Select_ExplicitSslStreamWithProxy_IsSslStream()
    {
        using var issuer = Certificates.EndEntity();
        using var proxy = new ProxyFactory(CryptoProviders.For(CryptoBackend.System)).CreateProxy(issuer, new ProxyOptions { Key = Crypto.Keys.KeySpecification.EcP256 });

        Assert.That(Selector(MyProxyTransportKind.SslStream).Select(proxy), Is.SameAs(SslStreamTransport.Instance));
    }

    [Test]
    public void Select_ExplicitBouncyCastle_IsBouncyCastleForAnonymous() =>
        Assert.That(Selector(MyProxyTransportKind.BouncyCastle).Select(null), Is.SameAs(BouncyCastleTransport.Instance));
}
