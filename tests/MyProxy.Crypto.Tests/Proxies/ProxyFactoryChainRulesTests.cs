using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Certificates;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Proxies;
using MyProxy.Crypto.Tests.Support;

namespace MyProxy.Crypto.Tests.Proxies;

/// <summary>What an issuing proxy chain lets the factory sign: format and limited inheritance, path length, refusals.</summary>
[TestFixtureSource(typeof(Contract.Backends), nameof(Contract.Backends.All))]
public sealed class ProxyFactoryChainRulesTests(ICryptoProvider crypto)
{
    private ProxyFactory Factory => ProxyChains.Factory(crypto);

    [TestCase(ProxyCertificateFormat.Rfc3820)]
    [TestCase(ProxyCertificateFormat.Draft)]
    [TestCase(ProxyCertificateFormat.Legacy)]
    public void SignPublicKey_NoFormatFromProxy_InheritsIssuersFormat(ProxyCertificateFormat format)
    {
        using var issuer = ProxyChains.FromUser(crypto, new ProxyOptions { Format = format });

        using var proxy = ProxyChains.Delegate(Factory, issuer, new ProxyOptions());

        Assert.That(ProxyCertificateClassifier.Classify(proxy.Certificate).Format, Is.EqualTo(format));
    }

    [TestCase(ProxyCertificateFormat.Rfc3820, ProxyCertificateFormat.Draft)]
    [TestCase(ProxyCertificateFormat.Draft, ProxyCertificateFormat.Rfc3820)]
    [TestCase(ProxyCertificateFormat.Rfc3820, ProxyCertificateFormat.Legacy)]
    [TestCase(ProxyCertificateFormat.Legacy, ProxyCertificateFormat.Rfc3820)]
    public void SignPublicKey_OtherFormatThanIssuingProxy_Throws(ProxyCertificateFormat issuerFormat, ProxyCertificateFormat requested)
    {
        using var issuer = ProxyChains.FromUser(crypto, new ProxyOptions { Format = issuerFormat });

        Assert.That(() => ProxyChains.Delegate(Factory, issuer, new ProxyOptions { Format = requested }), Throws.TypeOf<MyProxyCryptoException>());
    }

    [TestCase(ProxyCertificateFormat.Rfc3820)]
    [TestCase(ProxyCertificateFormat.Draft)]
    [TestCase(ProxyCertificateFormat.Legacy)]
    public void SignPublicKey_FullProxyAskedOfLimitedIssuer_IsLimited(ProxyCertificateFormat format)
    {
        using var issuer = ProxyChains.FromUser(crypto, new ProxyOptions { Format = format, Policy = ProxyPolicyKind.Limited });

        using var proxy = ProxyChains.Delegate(Factory, issuer, new ProxyOptions());

        Assert.That(ProxyCertificateClassifier.Classify(proxy.Certificate).Policy, Is.EqualTo(ProxyPolicyKind.Limited));
    }

    [Test]
    public void SignPublicKey_FullProxyAskedBelowLimitedOfLimited_StaysLimited()
    {
        using var limited = ProxyChains.FromUser(crypto, new ProxyOptions { Policy = ProxyPolicyKind.Limited });
        using var middle = ProxyChains.Delegate(Factory, limited, new ProxyOptions { Policy = ProxyPolicyKind.Limited });

        using var proxy = ProxyChains.Delegate(Factory, middle, new ProxyOptions());

        Assert.That(ProxyCertificateClassifier.Classify(proxy.Certificate).IsLimited, Is.True);
    }

    [Test]
    public void SignPublicKey_IndependentAskedOfLimitedIssuer_IsIndependent()
    {
        using var issuer = ProxyChains.FromUser(crypto, new ProxyOptions { Policy = ProxyPolicyKind.Limited });

        using var proxy = ProxyChains.Delegate(Factory, issuer, new ProxyOptions { Policy = ProxyPolicyKind.Independent });

        Assert.That(ProxyCertificateClassifier.Classify(proxy.Certificate).Policy, Is.EqualTo(ProxyPolicyKind.Independent));
    }

    [Test]
    public void SignPublicKey_RestrictedAskedOfLimitedIssuer_Throws()
    {
        using var issuer = ProxyChains.FromUser(crypto, new ProxyOptions { Policy = ProxyPolicyKind.Limited });
        var options = new ProxyOptions { Policy = ProxyPolicyKind.Restricted, PolicyLanguage = "1.3.6.1.4.1.3536.1.1.1.8" };

        Assert.That(() => ProxyChains.Delegate(Factory, issuer, options), Throws.TypeOf<MyProxyCryptoException>().With.Message.Contains("limited"));
    }

    [TestCase(ProxyCertificateFormat.Rfc3820)]
    [TestCase(ProxyCertificateFormat.Draft)]
    public void SignPublicKey_IssuerPathLengthZero_Throws(ProxyCertificateFormat format)
    {
        using var issuer = ProxyChains.FromUser(crypto, new ProxyOptions { Format = format, PathLength = 0 });

        Assert.That(() => ProxyChains.Delegate(Factory, issuer, new ProxyOptions()), Throws.TypeOf<MyProxyCryptoException>().With.Message.Contains("path length 0"));
    }

    [Test]
    public void SignPublicKey_PathLengthTwoChain_AllowsTwoProxiesBelowThenRefuses()
    {
        using var first = ProxyChains.FromUser(crypto, new ProxyOptions { PathLength = 2 });
        using var second = ProxyChains.Delegate(Factory, first, new ProxyOptions());
        using var third = ProxyChains.Delegate(Factory, second, new ProxyOptions());

        Assert.That(() => ProxyChains.Delegate(Factory, third, new ProxyOptions()), Throws.TypeOf<MyProxyCryptoException>());
    }

    [Test]
    public void SignPublicKey_PathLengthUpToIssuerRemainingMinusOne_IsAllowed()
    {
        using var issuer = ProxyChains.FromUser(crypto, new ProxyOptions { PathLength = 3 });

        using var proxy = ProxyChains.Delegate(Factory, issuer, new ProxyOptions { PathLength = 2 });

        Assert.That(ProxyCertificateClassifier.Classify(proxy.Certificate).ProxyCertInfo!.PathLength, Is.EqualTo(2));
    }

    [Test]
    public void SignPublicKey_PathLengthBeyondIssuerRemainingMinusOne_Throws()
    {
        using var issuer = ProxyChains.FromUser(crypto, new ProxyOptions { PathLength = 3 });

        Assert.That(() => ProxyChains.Delegate(Factory, issuer, new ProxyOptions { PathLength = 3 }), Throws.TypeOf<MyProxyCryptoException>());
    }

    [Test]
    public void SignPublicKey_NegativePathLength_Throws()
    {
        Assert.That(() => ProxyChains.FromUser(crypto, new ProxyOptions { PathLength = -1 }), Throws.TypeOf<MyProxyCryptoException>());
    }

    [Test]
    public void SignPublicKey_CaAsIssuer_Throws()
    {
        using var ca = TestPki.Shared.CaCredential();
        using var key = TestKeys.Rsa();

        Assert.That(() => Factory.SignPublicKey(ca, new PublicKey(key), new ProxyOptions()), Throws.TypeOf<MyProxyCryptoException>().With.Message.Contains("CA"));
    }

    [Test]
    public void SignPublicKey_MixedIssuingChain_Throws()
    {
        using var draft = ProxyChains.FromUser(crypto, new ProxyOptions { Format = ProxyCertificateFormat.Draft });
        using var mixed = HandMadeRfcProxyBelow(draft);
        using var key = TestKeys.Rsa();

        Assert.That(() => Factory.SignPublicKey(mixed, new PublicKey(key), new ProxyOptions()), Throws.TypeOf<MyProxyCryptoException>().With.Message.Contains("mixes"));
    }

    [Test]
    public void SignPublicKey_IssuerWithNonCriticalProxyCertInfo_Throws()
    {
        using var user = TestPki.Shared.UserCredential();
        using var issuer = HandMadeProxy(user, critical: false);
        using var key = TestKeys.Rsa();

        Assert.That(() => Factory.SignPublicKey(issuer, new PublicKey(key), new ProxyOptions()), Throws.TypeOf<MyProxyCryptoException>());
    }

    private X509Credential HandMadeRfcProxyBelow(X509Credential issuer) => HandMadeProxy(issuer, critical: true);

    // The factory refuses to make these, so they are issued from a template directly.
    private X509Credential HandMadeProxy(X509Credential issuer, bool critical)
    {
        var key = TestKeys.Rsa();
        var now = TestPki.Shared.Now;
        var value = new ProxyCertInfo(null, ProxyObjectIdentifiers.InheritAll).Encode(ProxyCertificateFormat.Rfc3820);
        var template = new CertificateTemplate(
            issuer.Certificate.SubjectName,
            ProxyTemplateBuilder.AppendCommonName(issuer.Certificate.SubjectName, "12345"),
            new BigInteger(12345),
            now.AddMinutes(-5),
            now.AddHours(1),
            [new X509Extension(ProxyObjectIdentifiers.ProxyCertInfo, value, critical)],
            HashAlgorithmName.SHA256);
        var proxy = crypto.IssueCertificate(template, new PublicKey(key), issuer.PrivateKey);
        return new X509Credential([proxy, .. issuer.Chain.Select(TestPki.Copy)], key);
    }
}
