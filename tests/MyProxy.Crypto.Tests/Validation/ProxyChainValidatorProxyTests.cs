using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Proxies;
using MyProxy.Crypto.Tests.ValidationPki;
using MyProxy.Crypto.Validation;

namespace MyProxy.Crypto.Tests.Validation;

[TestFixtureSource(typeof(Contract.Backends), nameof(Contract.Backends.All))]
public sealed class ProxyChainValidatorProxyTests(ICryptoProvider crypto) : ValidatorFixture(crypto)
{
    private static readonly ProxyCertificateFormat[] Formats = [ProxyCertificateFormat.Rfc3820, ProxyCertificateFormat.Draft, ProxyCertificateFormat.Legacy];

    [TestCase(ProxyCertificateFormat.Rfc3820, ProxyPolicyKind.InheritAll)]
    [TestCase(ProxyCertificateFormat.Rfc3820, ProxyPolicyKind.Limited)]
    [TestCase(ProxyCertificateFormat.Rfc3820, ProxyPolicyKind.Independent)]
    [TestCase(ProxyCertificateFormat.Draft, ProxyPolicyKind.InheritAll)]
    [TestCase(ProxyCertificateFormat.Draft, ProxyPolicyKind.Limited)]
    [TestCase(ProxyCertificateFormat.Draft, ProxyPolicyKind.Independent)]
    [TestCase(ProxyCertificateFormat.Legacy, ProxyPolicyKind.InheritAll)]
    [TestCase(ProxyCertificateFormat.Legacy, ProxyPolicyKind.Limited)]
    public void Validate_ProxyOfEachFormatAndPolicy_IsValid(ProxyCertificateFormat format, ProxyPolicyKind policy)
    {
        var user = User;
        var proxy = Pki.Proxy(user, new ProxySpec { Format = format, Policy = policy });

        var result = Validate(Pki.Chain(proxy, user));

        Assert.Multiple(() =>
        {
            Assert.That(result.Failures, Is.Empty);
            Assert.That(result.Format, Is.EqualTo(format));
            Assert.That(result.IsLimited, Is.EqualTo(policy == ProxyPolicyKind.Limited));
            Assert.That(result.EndEntityCertificate, Is.EqualTo(user.Certificate));
        });
    }

    [TestCaseSource(nameof(Formats))]
    public void Validate_TwoProxiesOfSameFormat_IsValid(ProxyCertificateFormat format)
    {
        var user = User;
        var first = Pki.Proxy(user, new ProxySpec { Format = format });
        var second = Pki.Proxy(first, new ProxySpec { Format = format });

        Assert.That(Validate(Pki.Chain(second, first, user)).Failures, Is.Empty);
    }

    [Test]
    public void Validate_ImpersonationAndLimitedProxies_IdentityIsEndEntity()
    {
        var user = User;
        var first = Pki.Proxy(user);

        Assert.That(Validate(Pki.Chain(Pki.Proxy(first, new ProxySpec { Policy = ProxyPolicyKind.Limited }), first, user)).Identity, Is.EqualTo("/DC=org/DC=example/CN=Alice Example"));
    }

    [Test]
    public void Validate_ImpersonationBelowIndependent_IdentityIsIndependentProxy()
    {
        var user = User;
        var independent = Pki.Proxy(user, new ProxySpec { Policy = ProxyPolicyKind.Independent });
        var leaf = Pki.Proxy(independent);

        var result = Validate(Pki.Chain(leaf, independent, user));

        Assert.Multiple(() =>
        {
            Assert.That(result.Failures, Is.Empty);
            Assert.That(result.Identity, Is.EqualTo(MyProxy.Crypto.Certificates.DistinguishedNames.ToGlobusString(independent.Certificate.SubjectName)));
        });
    }

    [Test]
    public void Validate_RestrictedPolicyByDefault_FailsRestricted()
    {
        var user = User;
        var proxy = Pki.Proxy(user, new ProxySpec { Policy = ProxyPolicyKind.Restricted, PolicyLanguage = ProxyObjectIdentifiers.AnyLanguage });

        Assert.That(Rules(Validate(Pki.Chain(proxy, user))), Is.EqualTo(new[] { ChainValidationRule.ProxyRestrictedPolicy }));
    }

    [Test]
    public void Validate_RestrictedPolicyAllowed_IsValid()
    {
        var user = User;
        var proxy = Pki.Proxy(user, new ProxySpec { Policy = ProxyPolicyKind.Restricted, PolicyLanguage = "1.3.6.1.4.1.3536.1.1.1.8" });
        var options = new ProxyValidationOptions { AllowedRestrictedPolicyLanguages = ["1.3.6.1.4.1.3536.1.1.1.8"] };

        Assert.That(Validate(Pki.Chain(proxy, user), options).Failures, Is.Empty);
    }

    [Test]
    public void Validate_SubjectWithDifferentBase_FailsSubject()
    {
        var user = User;
        var subject = TestNames.Append(TestNames.Build((TestNames.DomainComponent, "org"), (TestNames.CommonName, "Mallory")), "999");
        var proxy = Pki.Proxy(user, new ProxySpec { Subject = subject });

        Assert.That(Rules(Validate(Pki.Chain(proxy, user))), Is.EqualTo(new[] { ChainValidationRule.ProxySubjectMismatch }));
    }

    [Test]
    public void Validate_ExtraRdnBeforeCn_FailsSubject()
    {
        var user = User;
        var subject = TestNames.Append(TestNames.Append(user.Certificate.SubjectName, "x", TestNames.Organization), "556");
        var proxy = Pki.Proxy(user, new ProxySpec { Subject = subject });

        Assert.That(Rules(Validate(Pki.Chain(proxy, user))), Is.EqualTo(new[] { ChainValidationRule.ProxySubjectMismatch }));
    }

    [Test]
    public void Validate_LastRdnNotCn_FailsSubject()
    {
        var user = User;
        var proxy = Pki.Proxy(user, new ProxySpec { Subject = TestNames.Append(user.Certificate.SubjectName, "556", TestNames.Organization) });

        Assert.That(Rules(Validate(Pki.Chain(proxy, user))), Is.EqualTo(new[] { ChainValidationRule.ProxySubjectMismatch }));
    }

    [Test]
    public void Validate_CaFlagOnProxy_FailsCaFlag()
    {
        var user = User;
        var proxy = Pki.Proxy(user, new ProxySpec { CertificateAuthorityFlag = true });

        Assert.That(Rules(Validate(Pki.Chain(proxy, user))), Is.EqualTo(new[] { ChainValidationRule.ProxyCertificateAuthorityFlag }));
    }

    [Test]
    public void Validate_NonCriticalProxyCertInfo_FailsNotCritical()
    {
        var user = User;
        var proxy = Pki.Proxy(user, new ProxySpec { Critical = false });

        Assert.That(Rules(Validate(Pki.Chain(proxy, user))), Is.EqualTo(new[] { ChainValidationRule.ProxyCertInfoNotCritical }));
    }

    [Test]
    public void Validate_MalformedProxyCertInfo_FailsMalformed()
    {
        var user = User;
        var proxy = Pki.Proxy(user, new ProxySpec { RawProxyCertInfo = [0x30, 0x00] });

        Assert.That(Rules(Validate(Pki.Chain(proxy, user))), Does.Contain(ChainValidationRule.ProxyCertInfoMalformed));
    }

    [Test]
    public void Validate_ProxySignedByCa_FailsIssuedByCa()
    {
        var proxy = Pki.Proxy(Ca);

        Assert.That(Rules(Validate(Pki.Chain(proxy, Ca))), Does.Contain(ChainValidationRule.ProxyIssuedByCertificateAuthority));
    }

    [Test]
    public void Validate_TamperedProxySignature_FailsSignature()
    {
        var user = User;
        var proxy = Pki.Tamper(Pki.Proxy(user).Certificate);

        Assert.That(Rules(Validate([proxy, user.Certificate])), Is.EqualTo(new[] { ChainValidationRule.SignatureInvalid }));
    }

    [Test]
    public void Validate_ProxySignedByOtherKey_FailsSignature()
    {
        var user = User;
        var forged = Pki.Proxy(user with { Key = PkiKeys.Other });

        Assert.That(Rules(Validate(Pki.Chain(forged, user))), Is.EqualTo(new[] { ChainValidationRule.SignatureInvalid }));
    }

    [Test]
    public void Validate_UnknownCriticalExtensionOnProxy_Fails()
    {
        var user = User;
        var proxy = Pki.Proxy(user, new ProxySpec { ExtraExtensions = [new X509Extension("1.2.3.4.5", [0x05, 0x00], critical: true)] });

        Assert.That(Rules(Validate(Pki.Chain(proxy, user))), Is.EqualTo(new[] { ChainValidationRule.UnknownCriticalExtension }));
    }

    [Test]
    public void Validate_SubjectAltNameOnProxy_FailsAltName()
    {
        var user = User;
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName("example.org");
        var proxy = Pki.Proxy(user, new ProxySpec { ExtraExtensions = [san.Build()] });

        Assert.That(Rules(Validate(Pki.Chain(proxy, user))), Is.EqualTo(new[] { ChainValidationRule.ProxyAlternativeName }));
    }

    [Test]
    public void Validate_IssuerProxyKeyUsageWithoutDigitalSignature_FailsIssuerKeyUsage()
    {
        var user = User;
        var first = Pki.Proxy(user, new ProxySpec { KeyUsage = X509KeyUsageFlags.KeyEncipherment });
        var second = Pki.Proxy(first);

        Assert.That(Rules(Validate(Pki.Chain(second, first, user))), Is.EqualTo(new[] { ChainValidationRule.ProxyIssuerKeyUsage }));
    }

    [Test]
    public void Validate_LeafWithoutDigitalSignature_IsValid()
    {
        var user = User;
        var proxy = Pki.Proxy(user, new ProxySpec { KeyUsage = X509KeyUsageFlags.KeyEncipherment });

        Assert.That(Validate(Pki.Chain(proxy, user)).Failures, Is.Empty);
    }

    [Test]
    public void Validate_Sha1Proxy_FailsWeakSignature()
    {
        var user = User;
        var proxy = Pki.Proxy(user, new ProxySpec { Hash = HashAlgorithmName.SHA1 });

        Assert.That(Rules(Validate(Pki.Chain(proxy, user))), Is.EqualTo(new[] { ChainValidationRule.WeakSignature }));
    }

    [Test]
    public void Validate_Sha1ProxyWhenAllowed_IsValid()
    {
        var user = User;
        var proxy = Pki.Proxy(user, new ProxySpec { Hash = HashAlgorithmName.SHA1 });

        Assert.That(Validate(Pki.Chain(proxy, user), new ProxyValidationOptions { RejectWeakSignatureOnProxies = false }).Failures, Is.Empty);
    }

    [TestCase(ProxyCertificateFormat.Legacy)]
    [TestCase(ProxyCertificateFormat.Draft)]
    public void Validate_FormatSwitchedOff_FailsFormatNotAllowed(ProxyCertificateFormat format)
    {
        var user = User;
        var proxy = Pki.Proxy(user, new ProxySpec { Format = format });
        var options = new ProxyValidationOptions { AllowLegacy = false, AllowDraft = false };

        Assert.That(Rules(Validate(Pki.Chain(proxy, user), options)), Is.EqualTo(new[] { ChainValidationRule.ProxyFormatNotAllowed }));
    }

    [Test]
    public void Validate_ExpiredProxy_FailsExpired()
    {
        var user = User;
        var proxy = Pki.Proxy(user, new ProxySpec { NotBeforeOffset = TimeSpan.FromHours(-13), NotAfterOffset = TimeSpan.FromSeconds(-1) });

        Assert.That(Rules(Validate(Pki.Chain(proxy, user))), Is.EqualTo(new[] { ChainValidationRule.CertificateExpired }));
    }

    [Test]
    public void Validate_NotYetValidProxy_FailsNotYetValid()
    {
        var user = User;
        var proxy = Pki.Proxy(user, new ProxySpec { NotBeforeOffset = TimeSpan.FromMinutes(2) });

        Assert.That(Rules(Validate(Pki.Chain(proxy, user))), Is.EqualTo(new[] { ChainValidationRule.CertificateNotYetValid }));
    }

    [Test]
    public void Validate_NotYetValidProxyWithinGrace_IsValid()
    {
        var user = User;
        var proxy = Pki.Proxy(user, new ProxySpec { NotBeforeOffset = TimeSpan.FromMinutes(2) });
        var options = new ProxyValidationOptions { ProxyGracePeriod = TimeSpan.FromMinutes(5) };

        Assert.That(Validate(Pki.Chain(proxy, user), options).Failures, Is.Empty);
    }

    [Test]
    public void Validate_ValidProxyOfExpiredEndEntity_FailsExpired()
    {
        var user = Pki.EndEntity(Ca, notBefore: Pki.Now.AddDays(-30), notAfter: Pki.Now.AddSeconds(-1));
        var proxy = Pki.Proxy(user);

        var failure = Validate(Pki.Chain(proxy, user)).Failures.Single();

        Assert.Multiple(() =>
        {
            Assert.That(failure.Rule, Is.EqualTo(ChainValidationRule.CertificateExpired));
            Assert.That(failure.CertificateIndex, Is.EqualTo(1));
        });
    }
}
