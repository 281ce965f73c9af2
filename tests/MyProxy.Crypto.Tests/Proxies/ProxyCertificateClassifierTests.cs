using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Proxies;
using MyProxy.Crypto.Tests.TestCertificates;

namespace MyProxy.Crypto.Tests.Proxies;

public sealed class ProxyCertificateClassifierTests
{
    private const string RestrictedLanguage = "1.3.6.1.4.1.3536.1.1.1.8";

    public static IEnumerable<TestCaseData> ExtensionProxies()
    {
        foreach (var format in new[] { ProxyCertificateFormat.Rfc3820, ProxyCertificateFormat.Draft })
        {
            yield return new TestCaseData(format, ProxyObjectIdentifiers.InheritAll, ProxyPolicyKind.InheritAll);
            yield return new TestCaseData(format, ProxyObjectIdentifiers.LimitedProxy, ProxyPolicyKind.Limited);
            yield return new TestCaseData(format, ProxyObjectIdentifiers.Independent, ProxyPolicyKind.Independent);
            yield return new TestCaseData(format, RestrictedLanguage, ProxyPolicyKind.Restricted);
        }
    }

    [Test]
    public void Classify_BasicConstraintsCa_IsCertificateAuthority()
    {
        using var certificate = TestCertificateFactory.Create(new X500DistinguishedName("CN=Test CA"), TestCertificateFactory.CertificateAuthority());

        var classification = ProxyCertificateClassifier.Classify(certificate);

        Assert.Multiple(() =>
        {
            Assert.That(classification.Kind, Is.EqualTo(CertificateKind.CertificateAuthority));
            Assert.That(classification.IsProxy, Is.False);
        });
    }

    [Test]
    public void Classify_CaWithProxyCertInfo_IsCertificateAuthority()
    {
        using var certificate = TestCertificateFactory.Create(
            TestCertificateFactory.UserWithCommonName("123"),
            TestCertificateFactory.CertificateAuthority(),
            Pci(ProxyCertificateFormat.Rfc3820, ProxyObjectIdentifiers.InheritAll));

        Assert.That(ProxyCertificateClassifier.Classify(certificate).Kind, Is.EqualTo(CertificateKind.CertificateAuthority));
    }

    [Test]
    public void Classify_UserCertificate_IsEndEntity()
    {
        using var certificate = TestCertificateFactory.Create(new X500DistinguishedName(TestCertificateFactory.UserSubject));

        var classification = ProxyCertificateClassifier.Classify(certificate);

        Assert.That(classification, Is.EqualTo(new CertificateClassification(CertificateKind.EndEntity)));
    }

    [TestCaseSource(nameof(ExtensionProxies))]
    public void Classify_ProxyCertInfoExtension_IsProxyOfThatFormatAndPolicy(ProxyCertificateFormat format, string language, ProxyPolicyKind policy)
    {
        using var certificate = TestCertificateFactory.Create(TestCertificateFactory.UserWithCommonName("123"), Pci(format, language, pathLength: 4));

        var classification = ProxyCertificateClassifier.Classify(certificate);

        Assert.Multiple(() =>
        {
            Assert.That(classification.Kind, Is.EqualTo(CertificateKind.Proxy));
            Assert.That(classification.Format, Is.EqualTo(format));
            Assert.That(classification.Policy, Is.EqualTo(policy));
            Assert.That(classification.IsLimited, Is.EqualTo(policy == ProxyPolicyKind.Limited));
            Assert.That(classification.IsProxyCertInfoCritical, Is.True);
            Assert.That(classification.ProxyCertInfo!.PathLength, Is.EqualTo(4));
            Assert.That(classification.ProxyCertInfo.PolicyLanguage, Is.EqualTo(language));
            Assert.That(classification.Problem, Is.Null);
        });
    }

    // Legacy proxies have no policy field, so only "full" and "limited" exist; independent/restricted need an extension.
    [TestCase("proxy", ProxyPolicyKind.InheritAll)]
    [TestCase("limited proxy", ProxyPolicyKind.Limited)]
    public void Classify_LegacyCommonName_IsLegacyProxy(string commonName, ProxyPolicyKind policy)
    {
        using var certificate = TestCertificateFactory.Create(TestCertificateFactory.UserWithCommonName(commonName));

        var classification = ProxyCertificateClassifier.Classify(certificate);

        Assert.Multiple(() =>
        {
            Assert.That(classification.Kind, Is.EqualTo(CertificateKind.Proxy));
            Assert.That(classification.Format, Is.EqualTo(ProxyCertificateFormat.Legacy));
            Assert.That(classification.Policy, Is.EqualTo(policy));
            Assert.That(classification.ProxyCertInfo, Is.Null);
        });
    }

    [TestCase("Proxy")]
    [TestCase("PROXY")]
    [TestCase("limited Proxy")]
    [TestCase("proxy ")]
    [TestCase("limitedproxy")]
    public void Classify_CommonNameOnlyResemblingLegacy_IsEndEntity(string commonName)
    {
        using var certificate = TestCertificateFactory.Create(TestCertificateFactory.UserWithCommonName(commonName));

        Assert.That(ProxyCertificateClassifier.Classify(certificate).Kind, Is.EqualTo(CertificateKind.EndEntity));
    }

    [Test]
    public void Classify_MultiValuedLastRdnWithProxyCn_IsEndEntity()
    {
        using var certificate = TestCertificateFactory.Create(TestCertificateFactory.UserWithMultiValuedLastRdn("proxy"));

        Assert.That(ProxyCertificateClassifier.Classify(certificate).Kind, Is.EqualTo(CertificateKind.EndEntity));
    }

    // D.16: the extension is tested before the legacy CN.
    [Test]
    public void Classify_RfcProxyNamedLimitedProxy_IsRfcInheritAll()
    {
        using var certificate = TestCertificateFactory.Create(
            TestCertificateFactory.UserWithCommonName("limited proxy"), Pci(ProxyCertificateFormat.Rfc3820, ProxyObjectIdentifiers.InheritAll));

        var classification = ProxyCertificateClassifier.Classify(certificate);

        Assert.Multiple(() =>
        {
            Assert.That(classification.Format, Is.EqualTo(ProxyCertificateFormat.Rfc3820));
            Assert.That(classification.Policy, Is.EqualTo(ProxyPolicyKind.InheritAll));
        });
    }

    [TestCase(ProxyCertificateFormat.Rfc3820)]
    [TestCase(ProxyCertificateFormat.Draft)]
    public void Classify_NonCriticalProxyCertInfo_IsProxyReportedNotCritical(ProxyCertificateFormat format)
    {
        using var certificate = TestCertificateFactory.Create(
            TestCertificateFactory.UserWithCommonName("123"), Pci(format, ProxyObjectIdentifiers.InheritAll, critical: false));

        var classification = ProxyCertificateClassifier.Classify(certificate);

        Assert.Multiple(() =>
        {
            Assert.That(classification.Format, Is.EqualTo(format));
            Assert.That(classification.IsProxyCertInfoCritical, Is.False);
            Assert.That(classification.Problem, Is.Null);
        });
    }

    [Test]
    public void Classify_RfcAndDraftProxyCertInfo_IsProxyWithProblem()
    {
        using var certificate = TestCertificateFactory.Create(
            TestCertificateFactory.UserWithCommonName("123"),
            Pci(ProxyCertificateFormat.Rfc3820, ProxyObjectIdentifiers.InheritAll),
            Pci(ProxyCertificateFormat.Draft, ProxyObjectIdentifiers.InheritAll));

        var classification = ProxyCertificateClassifier.Classify(certificate);

        Assert.Multiple(() =>
        {
            Assert.That(classification.Kind, Is.EqualTo(CertificateKind.Proxy));
            Assert.That(classification.Problem, Does.Contain("more than one"));
            Assert.That(classification.Policy, Is.Null);
        });
    }

    [TestCase(ProxyObjectIdentifiers.ProxyCertInfo, ProxyCertificateFormat.Rfc3820, true)]
    [TestCase(ProxyObjectIdentifiers.DraftProxyCertInfo, ProxyCertificateFormat.Draft, false)]
    public void Classify_UndecodableProxyCertInfo_IsProxyWithProblem(string oid, ProxyCertificateFormat format, bool critical)
    {
        using var certificate = TestCertificateFactory.Create(TestCertificateFactory.UserWithCommonName("123"), new X509Extension(oid, [0x30, 0x00], critical));

        var classification = ProxyCertificateClassifier.Classify(certificate);

        Assert.Multiple(() =>
        {
            Assert.That(classification.Kind, Is.EqualTo(CertificateKind.Proxy));
            Assert.That(classification.Format, Is.EqualTo(format));
            Assert.That(classification.Problem, Does.StartWith("malformed ProxyCertInfo"));
            Assert.That(classification.ProxyCertInfo, Is.Null);
            Assert.That(classification.IsProxyCertInfoCritical, Is.EqualTo(critical));
        });
    }

    [Test]
    public void Classify_Null_Throws()
    {
        Assert.That(() => ProxyCertificateClassifier.Classify(null!), Throws.ArgumentNullException);
    }

    private static X509Extension Pci(ProxyCertificateFormat format, string language, int? pathLength = null, bool critical = true)
    {
        var policy = language == RestrictedLanguage ? new byte[] { 0x01 } : (ReadOnlyMemory<byte>?)null;
        return TestCertificateFactory.ProxyCertInfoExtension(new ProxyCertInfo(pathLength, language, policy), format, critical);
    }
}
