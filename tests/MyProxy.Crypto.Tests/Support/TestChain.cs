using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MyProxy.Crypto.Tests.Support;

/// <summary>A CA, a user certificate it issued and a proxy the user issued, each with its key, made with the BCL.</summary>
internal sealed class TestChain : IDisposable
{
    private TestChain(X509Certificate2 ca, X509Certificate2 user, X509Certificate2 proxy, AsymmetricAlgorithm userKey, AsymmetricAlgorithm proxyKey)
    {
        Ca = ca;
        User = user;
        Proxy = proxy;
        UserKey = userKey;
        ProxyKey = proxyKey;
    }

    public X509Certificate2 Ca { get; }

    public X509Certificate2 User { get; }

    public X509Certificate2 Proxy { get; }

    public AsymmetricAlgorithm UserKey { get; }

    public AsymmetricAlgorithm ProxyKey { get; }

    /// <summary>A chain whose proxy key is RSA (<paramref name="ecProxy"/> false) or EC P-256.</summary>
    public static TestChain Create(bool ecProxy = false)
    {
        var userKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        AsymmetricAlgorithm? proxyKey = null;
        try
        {
            proxyKey = ecProxy ? ECDsa.Create(ECCurve.NamedCurves.nistP256) : RSA.Create(1024);
            return Issue(userKey, proxyKey);
        }
        catch
        {
            userKey.Dispose();
            proxyKey?.Dispose();
            throw;
        }
    }

    private static TestChain Issue(ECDsa userKey, AsymmetricAlgorithm proxyKey)
    {
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        var now = DateTimeOffset.UtcNow;

        var caRequest = new CertificateRequest("CN=Test CA", caKey, HashAlgorithmName.SHA384);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var caWithKey = caRequest.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
        var ca = X509CertificateLoader.LoadCertificate(caWithKey.RawData);

        var userRequest = new CertificateRequest("CN=alice, O=Test", userKey, HashAlgorithmName.SHA256);
        var user = userRequest.Create(caWithKey, now.AddDays(-1), now.AddDays(10), [1, 2]);

        var proxyRequest = proxyKey is RSA rsa
            ? new CertificateRequest("CN=12345, CN=alice, O=Test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            : new CertificateRequest("CN=12345, CN=alice, O=Test", (ECDsa)proxyKey, HashAlgorithmName.SHA256);
        var proxy = proxyRequest.Create(user.SubjectName, X509SignatureGenerator.CreateForECDsa(userKey), now.AddHours(-1), now.AddHours(12), [3]);
        return new TestChain(ca, user, proxy, userKey, proxyKey);
    }

    public static string Pem(X509Certificate2 certificate) => certificate.ExportCertificatePem() + "\n";

    public static string Pem(AsymmetricAlgorithm key) => key.ExportPkcs8PrivateKeyPem() + "\n";

    public void Dispose()
    {
        Ca.Dispose();
        User.Dispose();
        Proxy.Dispose();
        UserKey.Dispose();
        ProxyKey.Dispose();
    }
}
