using MyProxy.Crypto.Proxies;
using MyProxy.Crypto.Tests.Support;

namespace MyProxy.Crypto.Tests.Proxies;

/// <summary>Every format × policy a user can ask of an end-entity credential, and the exact ProxyCertInfo bytes (reference A.2).</summary>
[TestFixtureSource(typeof(Contract.Backends), nameof(Contract.Backends.All))]
public sealed class ProxyFactoryFormatTests(ICryptoProvider crypto)
{
    private const string RestrictedLanguage = "1.3.6.1.4.1.3536.1.1.1.8";

    private static readonly object[] Allowed =
    [
        new object[] { ProxyCertificateFormat.Rfc3820, ProxyPolicyKind.InheritAll },
        new object[] { ProxyCertificateFormat.Rfc3820, ProxyPolicyKind.Limited },
        new object[] { ProxyCertificateFormat.Rfc3820, ProxyPolicyKind.Independent },
        new object[] { ProxyCertificateFormat.Rfc3820, ProxyPolicyKind.Restricted },
        new object[] { ProxyCertificateFormat.Draft, ProxyPolicyKind.InheritAll },
        new object[] { ProxyCertificateFormat.Draft, ProxyPolicyKind.Limited },
        new object[] { ProxyCertificateFormat.Draft, ProxyPolicyKind.Independent },
        new object[] { ProxyCertificateFormat.Draft, ProxyPolicyKind.Restricted },
        new object[] { ProxyCertificateFormat.Legacy, ProxyPolicyKind.InheritAll },
        new object[] { ProxyCertificateFormat.Legacy, ProxyPolicyKind.Limited },
    ];

    // extnValue bytes from the reference's table A.2 (what grid-proxy-init writes), keyed by the options.
    private static readonly object[] GridProxyInitBytes =
    [
        new object?[] { ProxyCertificateFormat.Rfc3820, ProxyPolicyKind.InheritAll, null, "300C300A06082B06010505071501" },
        new object?[] { ProxyCertificateFormat.Rfc3820, ProxyPolicyKind.Independent, null, "300C300A06082B06010505071502" },
        new object?[] { ProxyCertificateFormat.Rfc3820, ProxyPolicyKind.Limited, null, "300F300D060B2B060104019B5001010109" },
        new object?[] { ProxyCertificateFormat.Rfc3820, ProxyPolicyKind.InheritAll, 2, "300F020102300A06082B06010505071501" },
        new object?[] { ProxyCertificateFormat.Draft, ProxyPolicyKind.InheritAll, null, "300C300A06082B06010505071501" },
        new object?[] { ProxyCertificateFormat.Draft, ProxyPolicyKind.InheritAll, 3, "3011300A06082B06010505071501A103020103" },
    ];

    [TestCaseSource(nameof(Allowed))]
    public void SignPublicKey_FormatAndPolicy_ClassifiesAsAsked(ProxyCertificateFormat format, ProxyPolicyKind policy)
    {
        using var proxy = ProxyChains.FromUser(crypto, Options(format, policy));

        var classification = ProxyCertificateClassifier.Classify(proxy.Certificate);

        Assert.Multiple(() =>
        {
            Assert.That(classification.Kind, Is.EqualTo(CertificateKind.Proxy));
            Assert.That(classification.Format, Is.EqualTo(format));
            Assert.That(classification.Policy, Is.EqualTo(policy));
            Assert.That(classification.Problem, Is.Null);
        });
    }

    [TestCaseSource(nameof(Allowed))]
    public void SignPublicKey_FormatAndPolicy_SignatureVerifiesWithUserKey(ProxyCertificateFormat format, ProxyPolicyKind policy)
    {
        using var proxy = ProxyChains.FromUser(crypto, Options(format, policy));

        Assert.That(BclSignature.Verifies(proxy.Certificate, TestPki.Shared.User), Is.True);
    }

    [TestCase(ProxyCertificateFormat.Rfc3820, ProxyObjectIdentifiers.ProxyCertInfo)]
    [TestCase(ProxyCertificateFormat.Draft, ProxyObjectIdentifiers.DraftProxyCertInfo)]
    public void SignPublicKey_ExtensionFormat_PutsCriticalExtensionUnderFormatsOid(ProxyCertificateFormat format, string oid)
    {
        using var proxy = ProxyChains.FromUser(crypto, new ProxyOptions { Format = format });

        var extension = ProxyChains.Find(proxy.Certificate, oid);

        Assert.That(extension?.Critical, Is.True);
    }

    [TestCaseSource(nameof(GridProxyInitBytes))]
    public void SignPublicKey_GridProxyInitOptions_WritesSameExtensionBytes(ProxyCertificateFormat format, ProxyPolicyKind policy, int? pathLength, string hex)
    {
        using var proxy = ProxyChains.FromUser(crypto, new ProxyOptions { Format = format, Policy = policy, PathLength = pathLength });

        var extension = ProxyChains.Find(proxy.Certificate, ProxyCertInfo.ExtensionOidFor(format));

        Assert.That(Convert.ToHexString(extension!.RawData), Is.EqualTo(hex));
    }

    [Test]
    public void SignPublicKey_PathLengthZero_IsEncodedUnlikeGct()
    {
        using var proxy = ProxyChains.FromUser(crypto, new ProxyOptions { PathLength = 0 });

        var extension = ProxyChains.Find(proxy.Certificate, ProxyObjectIdentifiers.ProxyCertInfo);

        Assert.That(Convert.ToHexString(extension!.RawData), Is.EqualTo("300F020100300A06082B06010505071501"));
    }

    [Test]
    public void SignPublicKey_RestrictedWithPolicyBytes_EncodesLanguageAndBytes()
    {
        var options = new ProxyOptions { Policy = ProxyPolicyKind.Restricted, PolicyLanguage = RestrictedLanguage, PolicyBytes = new byte[] { 1, 2, 3 } };

        using var proxy = ProxyChains.FromUser(crypto, options);

        var extension = ProxyChains.Find(proxy.Certificate, ProxyObjectIdentifiers.ProxyCertInfo);
        Assert.That(Convert.ToHexString(extension!.RawData), Is.EqualTo("30143012060B2B060104019B5001010108" + "0403010203"));
    }

    [TestCase(ProxyPolicyKind.Independent)]
    [TestCase(ProxyPolicyKind.Restricted)]
    public void SignPublicKey_LegacyWithPolicyItCannotCarry_Throws(ProxyPolicyKind policy)
    {
        Assert.That(() => ProxyChains.FromUser(crypto, Options(ProxyCertificateFormat.Legacy, policy)), Throws.TypeOf<MyProxyCryptoException>());
    }

    [Test]
    public void SignPublicKey_LegacyWithPathLength_Throws()
    {
        var options = new ProxyOptions { Format = ProxyCertificateFormat.Legacy, PathLength = 1 };

        Assert.That(() => ProxyChains.FromUser(crypto, options), Throws.TypeOf<MyProxyCryptoException>());
    }

    [Test]
    public void SignPublicKey_RestrictedWithoutLanguage_Throws()
    {
        Assert.That(() => ProxyChains.FromUser(crypto, new ProxyOptions { Policy = ProxyPolicyKind.Restricted }), Throws.TypeOf<MyProxyCryptoException>());
    }

    [TestCase("not an oid")]
    [TestCase("1.2.")]
    [TestCase(ProxyObjectIdentifiers.InheritAll)]
    [TestCase(ProxyObjectIdentifiers.LimitedProxy)]
    public void SignPublicKey_RestrictedWithUnusableLanguage_Throws(string language)
    {
        var options = new ProxyOptions { Policy = ProxyPolicyKind.Restricted, PolicyLanguage = language };

        Assert.That(() => ProxyChains.FromUser(crypto, options), Throws.TypeOf<MyProxyCryptoException>());
    }

    [Test]
    public void SignPublicKey_InheritAllWithPolicyBytes_Throws()
    {
        var options = new ProxyOptions { PolicyBytes = new byte[] { 1 } };

        Assert.That(() => ProxyChains.FromUser(crypto, options), Throws.TypeOf<MyProxyCryptoException>());
    }

    [Test]
    public void SignPublicKey_NoFormatFromEndEntity_IsRfc3820()
    {
        using var proxy = ProxyChains.FromUser(crypto, new ProxyOptions());

        Assert.That(ProxyCertificateClassifier.Classify(proxy.Certificate).Format, Is.EqualTo(ProxyCertificateFormat.Rfc3820));
    }

    private static ProxyOptions Options(ProxyCertificateFormat format, ProxyPolicyKind policy) => new()
    {
        Format = format,
        Policy = policy,
        PolicyLanguage = policy == ProxyPolicyKind.Restricted ? RestrictedLanguage : null,
    };
}
