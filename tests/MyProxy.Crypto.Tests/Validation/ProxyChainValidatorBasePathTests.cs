using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Tests.ValidationPki;
using MyProxy.Crypto.Validation;

namespace MyProxy.Crypto.Tests.Validation;

[TestFixtureSource(typeof(Contract.Backends), nameof(Contract.Backends.All))]
public sealed class ProxyChainValidatorBasePathTests(ICryptoProvider crypto) : ValidatorFixture(crypto)
{
    [Test]
    public void Validate_EndEntityOfTrustedCa_IsValidWithAnchor()
    {
        var user = User;

        var result = Validate(Pki.Chain(user));

        Assert.Multiple(() =>
        {
            Assert.That(result.Failures, Is.Empty);
            Assert.That(result.TrustAnchor, Is.EqualTo(Ca.Certificate));
            Assert.That(result.EndEntityCertificate, Is.EqualTo(user.Certificate));
            Assert.That(result.Format, Is.Null);
            Assert.That(result.Identity, Is.EqualTo("/DC=org/DC=example/CN=Alice Example"));
        });
    }

    [Test]
    public void Validate_EmptyChain_FailsMalformed() =>
        Assert.That(Rules(Validate([])), Is.EqualTo(new[] { ChainValidationRule.MalformedChain }));

    [Test]
    public void Validate_OnlyProxies_FailsMalformed()
    {
        var proxy = Pki.Proxy(User);

        Assert.That(Rules(Validate(Pki.Chain(proxy))), Is.EqualTo(new[] { ChainValidationRule.MalformedChain }));
    }

    [Test]
    public void Validate_SubCaInChain_IsValid()
    {
        var sub = Pki.SubCa(Ca);
        var user = Pki.EndEntity(sub);

        Assert.That(Validate(Pki.Chain(user, sub)).Failures, Is.Empty);
    }

    [Test]
    public void Validate_SubCaInDirectory_IsValid()
    {
        var sub = Pki.SubCa(Ca);
        var user = Pki.EndEntity(sub);

        var result = Validate(Pki.Chain(user), trusted: [Ca, sub]);

        Assert.Multiple(() =>
        {
            Assert.That(result.Failures, Is.Empty);
            Assert.That(result.TrustAnchor, Is.EqualTo(sub.Certificate));
        });
    }

    [Test]
    public void Validate_AnchorIncludedInChain_StopsThere()
    {
        var user = User;

        var result = Validate(Pki.Chain(user, Ca));

        Assert.That(result.Failures, Is.Empty);
    }

    [Test]
    public void Validate_UntrustedCa_FailsNamingIssuerAndStore()
    {
        var other = Pki.RootCa(TestNames.Build((TestNames.CommonName, "Rogue CA")), PkiKeys.Other);
        var user = Pki.EndEntity(other);

        var failure = Validate(Pki.Chain(user, other)).Failures.Single();

        Assert.Multiple(() =>
        {
            Assert.That(failure.Rule, Is.EqualTo(ChainValidationRule.UntrustedIssuer));
            Assert.That(failure.Message, Does.Contain("/CN=Rogue CA").And.Contain("the configured trusted CAs"));
        });
    }

    [Test]
    public void Validate_TamperedEndEntitySignature_FailsSignature()
    {
        var tampered = Pki.Tamper(User.Certificate);

        Assert.That(Rules(Validate([tampered])), Is.EqualTo(new[] { ChainValidationRule.SignatureInvalid }));
    }

    [Test]
    public void Validate_ExpiredEndEntity_FailsExpired()
    {
        var user = Pki.EndEntity(Ca, notBefore: Pki.Now.AddDays(-30), notAfter: Pki.Now.AddSeconds(-1));

        Assert.That(Rules(Validate(Pki.Chain(user))), Is.EqualTo(new[] { ChainValidationRule.CertificateExpired }));
    }

    [Test]
    public void Validate_NotYetValidEndEntity_FailsNotYetValid()
    {
        var user = Pki.EndEntity(Ca, notBefore: Pki.Now.AddMinutes(1), notAfter: Pki.Now.AddDays(30));

        Assert.That(Rules(Validate(Pki.Chain(user))), Is.EqualTo(new[] { ChainValidationRule.CertificateNotYetValid }));
    }

    [Test]
    public void Validate_IntermediateWithoutCaFlag_FailsNotCa()
    {
        var notCa = Pki.SubCa(Ca, isCa: false);
        var user = Pki.EndEntity(notCa);

        Assert.That(Rules(Validate(Pki.Chain(user, notCa))), Does.Contain(ChainValidationRule.NotCertificateAuthority));
    }

    [Test]
    public void Validate_CaKeyUsageWithoutCertSign_FailsKeyUsage()
    {
        var ca = Pki.RootCa(usage: X509KeyUsageFlags.CrlSign);
        var user = Pki.EndEntity(ca);

        Assert.That(Rules(Validate(Pki.Chain(user), trusted: ca)), Is.EqualTo(new[] { ChainValidationRule.CertificateAuthorityKeyUsage }));
    }

    [Test]
    public void Validate_CaPathLengthZeroWithSubCa_FailsCaPathLength()
    {
        var ca = Pki.RootCa(pathLength: 0);
        var sub = Pki.SubCa(ca);
        var user = Pki.EndEntity(sub);

        Assert.That(Rules(Validate(Pki.Chain(user, sub), trusted: ca)), Is.EqualTo(new[] { ChainValidationRule.CertificateAuthorityPathLength }));
    }

    [Test]
    public void Validate_CaPathLengthZeroWithProxies_ProxiesDoNotCount()
    {
        var ca = Pki.RootCa(pathLength: 0);
        var user = Pki.EndEntity(ca);
        var first = Pki.Proxy(user);
        var second = Pki.Proxy(first);

        Assert.That(Validate(Pki.Chain(second, first, user), trusted: ca).Failures, Is.Empty);
    }

    [Test]
    public void Validate_UnknownCriticalExtensionOnEndEntity_Fails()
    {
        var user = Pki.EndEntity(Ca, extra: [new X509Extension("1.2.3.4.5", [0x05, 0x00], critical: true)]);

        Assert.That(Rules(Validate(Pki.Chain(user))), Is.EqualTo(new[] { ChainValidationRule.UnknownCriticalExtension }));
    }

    [Test]
    public void Validate_Sha1EndEntityByDefault_IsValid()
    {
        var user = Pki.EndEntity(Ca, hash: HashAlgorithmName.SHA1);

        Assert.That(Validate(Pki.Chain(user)).Failures, Is.Empty);
    }

    [Test]
    public void Validate_Sha1EndEntityWhenRefused_FailsWeakSignature()
    {
        var user = Pki.EndEntity(Ca, hash: HashAlgorithmName.SHA1);
        var options = new ProxyValidationOptions { RejectWeakSignatureOnBasePath = true };

        Assert.That(Rules(Validate(Pki.Chain(user), options)), Is.EqualTo(new[] { ChainValidationRule.WeakSignature }));
    }

    [Test]
    public void Validate_ProxyAboveEndEntity_FailsEndEntityInProxyPath()
    {
        var user = User;
        var proxy = Pki.Proxy(user);
        var fake = Pki.Sign(TestNames.Append(proxy.Certificate.SubjectName, "fake"), PkiKeys.Other, proxy.Certificate.SubjectName, proxy.Key,
            Pki.Now.AddHours(-1), Pki.Now.AddHours(1), [], HashAlgorithmName.SHA256);

        Assert.That(Rules(Validate([fake, proxy.Certificate, user.Certificate])), Does.Contain(ChainValidationRule.EndEntityInProxyPath));
    }

    [Test]
    public void Validate_UndecodableBasicConstraints_ReportsMalformedInsteadOfThrowing()
    {
        var user = Pki.EndEntity(Ca, extra: [new X509Extension("2.5.29.19", [0x04, 0x01, 0x00], critical: true)]);

        Assert.That(Rules(Validate(Pki.Chain(user))), Is.EqualTo(new[] { ChainValidationRule.MalformedChain }));
    }
}
