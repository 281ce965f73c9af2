using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Keys;
using MyProxy.Crypto.Proxies;

namespace MyProxy.Benchmarks.Fixtures;

/// <summary>A CA, a user certificate it issued and an RFC 3820 proxy of the user: the chain a logon receives.</summary>
internal sealed class TestPki : IDisposable
{
    private TestPki(X509Certificate2 authority, X509Credential user, X509Credential proxy)
    {
        Authority = authority;
        User = user;
        Proxy = proxy;
    }

    public X509Certificate2 Authority { get; }

    public X509Credential User { get; }

    public X509Credential Proxy { get; }

    /// <summary>The proxy and the user certificate, newest first, as the server sends them.</summary>
    public IReadOnlyList<X509Certificate2> Chain => [Proxy.Certificate, User.Certificate];

    public static TestPki Create(ICryptoProvider crypto)
    {
        using var authorityKey = RSA.Create(2048);
        var authority = SelfSigned(authorityKey);
#pragma warning disable CA2000 // The user credential owns its key; the fixture disposes it.
        var userKey = RSA.Create(2048);
        var user = new X509Credential([Issue(authority, authorityKey, userKey)], userKey);
#pragma warning restore CA2000
        var proxy = new ProxyFactory(crypto).CreateProxy(user, new ProxyOptions { Key = KeySpecification.EcP256 });
        return new TestPki(authority, user, proxy);
    }

    public void Dispose()
    {
        Proxy.Dispose();
        User.Dispose();
        Authority.Dispose();
    }

    private static X509Certificate2 SelfSigned(RSA key)
    {
        var request = new CertificateRequest("DC=org, DC=example, CN=Benchmark CA", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
    }

    private static X509Certificate2 Issue(X509Certificate2 authority, RSA authorityKey, RSA subjectKey)
    {
        var request = new CertificateRequest("DC=org, DC=example, CN=Benchmark User", subjectKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(authority, true, false));
        var generator = X509SignatureGenerator.CreateForRSA(authorityKey, RSASignaturePadding.Pkcs1);
        return request.Create(authority.SubjectName, generator, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(30), [1, 2, 3, 4]);
    }
}
