using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Proxies;

namespace MyProxy.Crypto.Tests.Support;

/// <summary>Builds proxy credentials through the factory's <see cref="ProxyFactory.SignPublicKey"/>, with test keys.</summary>
internal static class ProxyChains
{
    public static ProxyFactory Factory(ICryptoProvider crypto) => new(crypto, new FixedTime(TestPki.Shared.Now));

    /// <summary>A new proxy credential below <paramref name="issuer"/>: the proxy, then copies of the issuer's chain.</summary>
    public static X509Credential Delegate(ProxyFactory factory, X509Credential issuer, ProxyOptions options)
    {
        var key = TestKeys.Rsa();
        var proxy = factory.SignPublicKey(issuer, new PublicKey(key), options);
        return new X509Credential([proxy, .. issuer.Chain.Select(TestPki.Copy)], key);
    }

    /// <summary>A proxy below the shared test user.</summary>
    public static X509Credential FromUser(ICryptoProvider crypto, ProxyOptions options)
    {
        using var user = TestPki.Shared.UserCredential();
        return Delegate(Factory(crypto), user, options);
    }

    public static X509Extension? Find(X509Certificate2 certificate, string oid) =>
        certificate.Extensions.FirstOrDefault(extension => extension.Oid?.Value == oid);
}
