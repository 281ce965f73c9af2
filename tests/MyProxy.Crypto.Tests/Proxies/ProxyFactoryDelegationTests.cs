using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Backends.BouncyCastle;
using MyProxy.Crypto.Backends.SystemCrypto;
using MyProxy.Crypto.Keys;
using MyProxy.Crypto.Proxies;
using MyProxy.Crypto.Requests;
using MyProxy.Crypto.Tests.Support;

namespace MyProxy.Crypto.Tests.Proxies;

/// <summary>Delegation (signing a peer's request), key checks, and <see cref="ProxyFactory.CreateProxy"/>.</summary>
[TestFixtureSource(typeof(Contract.Backends), nameof(Contract.Backends.All))]
public sealed class ProxyFactoryDelegationTests(ICryptoProvider crypto)
{
    private ProxyFactory Factory => ProxyChains.Factory(crypto);

    [Test]
    public void SignRequest_ValidRequest_ReturnsProxyForRequestKeyThenIssuerChain()
    {
        using var user = TestPki.Shared.UserCredential();
        using var key = TestKeys.Rsa();
        var request = crypto.CreateCertificateRequest(key, new CertificateRequestOptions());

        var chain = Factory.SignRequest(user, request, new ProxyOptions());

        Assert.Multiple(() =>
        {
            Assert.That(chain, Has.Count.EqualTo(2));
            Assert.That(chain[0].PublicKey.ExportSubjectPublicKeyInfo(), Is.EqualTo(new PublicKey(key).ExportSubjectPublicKeyInfo()));
            Assert.That(chain[1].RawData, Is.EqualTo(TestPki.Shared.User.RawData));
            Assert.That(BclSignature.Verifies(chain[0], TestPki.Shared.User), Is.True);
        });
    }

    [Test]
    public void SignRequest_RequestAsksForIndependentDraft_GetsWhatOptionsSay()
    {
        using var user = TestPki.Shared.UserCredential();
        using var key = TestKeys.Rsa();
        var asked = new CertificateRequestOptions
        {
            ProxyCertInfo = new ProxyCertInfo(5, ProxyObjectIdentifiers.Independent),
            ProxyFormat = ProxyCertificateFormat.Draft,
            Subject = new X500DistinguishedName("CN=Mallory"),
        };
        var request = crypto.CreateCertificateRequest(key, asked);

        var chain = Factory.SignRequest(user, request, new ProxyOptions { Policy = ProxyPolicyKind.Limited });

        var classification = ProxyCertificateClassifier.Classify(chain[0]);
        Assert.Multiple(() =>
        {
            Assert.That(classification.Format, Is.EqualTo(ProxyCertificateFormat.Rfc3820));
            Assert.That(classification.Policy, Is.EqualTo(ProxyPolicyKind.Limited));
            Assert.That(classification.ProxyCertInfo!.PathLength, Is.Null);
            Assert.That(chain[0].Subject, Does.Not.Contain("Mallory"));
        });
    }

    [Test]
    public void SignRequest_FromProxy_ReturnsWholeChainLeafFirst()
    {
        using var issuer = ProxyChains.FromUser(crypto, new ProxyOptions());
        using var key = TestKeys.EcP256();

        var chain = Factory.SignRequest(issuer, crypto.CreateCertificateRequest(key, new CertificateRequestOptions()), new ProxyOptions());

        Assert.Multiple(() =>
        {
            Assert.That(chain.Select(certificate => certificate.RawData).Skip(1), Is.EqualTo(issuer.Chain.Select(certificate => certificate.RawData)));
            Assert.That(chain[0].IssuerName.RawData, Is.EqualTo(issuer.Certificate.SubjectName.RawData));
        });
    }

    [Test]
    public void SignRequest_TamperedRequest_Throws()
    {
        using var user = TestPki.Shared.UserCredential();
        using var key = TestKeys.Rsa();
        var request = crypto.CreateCertificateRequest(key, new CertificateRequestOptions());
        request[^3] ^= 0x40;

        Assert.That(() => Factory.SignRequest(user, request, new ProxyOptions()), Throws.TypeOf<MyProxyCryptoException>());
    }

    [Test]
    public void SignRequest_Rsa1024Request_ThrowsWeakKey()
    {
        using var user = TestPki.Shared.UserCredential();
        using var key = RSA.Create(1024);
        var request = crypto.CreateCertificateRequest(key, new CertificateRequestOptions());

        Assert.That(() => Factory.SignRequest(user, request, new ProxyOptions()), Throws.TypeOf<MyProxyCryptoException>().With.Message.Contains("1024"));
    }

    [Test]
    public void SignPublicKey_Rsa1024WithLoweredMinimum_IsSigned()
    {
        using var user = TestPki.Shared.UserCredential();
        using var key = RSA.Create(1024);

        using var proxy = Factory.SignPublicKey(user, new PublicKey(key), new ProxyOptions { MinimumRsaKeyBits = 1024 });

        Assert.That(proxy.PublicKey.GetRSAPublicKey()!.KeySize, Is.EqualTo(1024));
    }

    [TestCaseSource(nameof(OtherBackends))]
    public void SignRequest_RequestFromOtherBackend_IsSigned(ICryptoProvider requester)
    {
        using var user = TestPki.Shared.UserCredential();
        using var key = TestKeys.Rsa();

        var chain = Factory.SignRequest(user, requester.CreateCertificateRequest(key, new CertificateRequestOptions()), new ProxyOptions());

        Assert.That(ProxyCertificateClassifier.Classify(chain[0]).IsProxy, Is.True);
    }

    [Test]
    public void CreateProxy_DefaultOptions_GeneratesRsa2048AndReturnsCredential()
    {
        var scripted = new ScriptedCryptoProvider(crypto);
        using var user = TestPki.Shared.UserCredential();

        using var credential = ProxyChains.Factory(scripted).CreateProxy(user, new ProxyOptions());

        Assert.Multiple(() =>
        {
            Assert.That(scripted.GeneratedKeys, Is.EqualTo(new[] { KeySpecification.Default }));
            Assert.That(credential.Chain, Has.Count.EqualTo(2));
            Assert.That(credential.Chain[1].RawData, Is.EqualTo(TestPki.Shared.User.RawData));
            Assert.That(credential.Certificate.PublicKey.ExportSubjectPublicKeyInfo(), Is.EqualTo(new PublicKey((RSA)credential.PrivateKey).ExportSubjectPublicKeyInfo()));
        });
    }

    [Test]
    public void CreateProxy_EcKey_CertifiesEcKey()
    {
        var scripted = new ScriptedCryptoProvider(crypto);
        using var user = TestPki.Shared.UserCredential();

        using var credential = ProxyChains.Factory(scripted).CreateProxy(user, new ProxyOptions { Key = KeySpecification.EcP256 });

        Assert.That(credential.Certificate.PublicKey.GetECDsaPublicKey(), Is.Not.Null);
    }

    [Test]
    public void CreateProxy_RsaBelowMinimum_ThrowsBeforeGenerating()
    {
        var scripted = new ScriptedCryptoProvider(crypto);
        using var user = TestPki.Shared.UserCredential();

        Assert.Multiple(() =>
        {
            Assert.That(() => ProxyChains.Factory(scripted).CreateProxy(user, new ProxyOptions { Key = KeySpecification.Rsa(1024) }), Throws.TypeOf<MyProxyCryptoException>());
            Assert.That(scripted.GeneratedKeys, Is.Empty);
        });
    }

    private static IEnumerable<ICryptoProvider> OtherBackends() => [SystemCryptoProvider.Instance, BouncyCastleCryptoProvider.Instance];
}
