using MyProxy.Transport.Tls;

namespace MyProxy.IntegrationTests.Transport;

/// <summary>Both TLS implementations, for <c>[TestFixtureSource(typeof(Transports), nameof(Transports.All))]</c>.</summary>
public static class Transports
{
    public static IEnumerable<TestFixtureData> All()
    {
        yield return new TestFixtureData(SslStreamTransport.Instance).SetArgDisplayNames("sslstream");
        yield return new TestFixtureData(BouncyCastleTransport.Instance).SetArgDisplayNames("bouncycastle");
    }
}
