using MyProxy.Crypto.Tests.ValidationPki;
using MyProxy.Crypto.Validation;

namespace MyProxy.Crypto.Tests.Validation;

[TestFixtureSource(typeof(Contract.Backends), nameof(Contract.Backends.All))]
public sealed class ProxyChainValidatorCrlTests(ICryptoProvider crypto) : ValidatorFixture(crypto)
{
    [Test]
    public void Validate_RevokedEndEntity_FailsRevoked()
    {
        var user = User;
        var crl = Pki.Crl(Ca, [user.Certificate]);

        Assert.That(Rules(Validate(Pki.Chain(Pki.Proxy(user), user), crls: [crl])), Is.EqualTo(new[] { ChainValidationRule.Revoked }));
    }

    [Test]
    public void Validate_CrlListsOtherSerial_IsValid()
    {
        var crl = Pki.Crl(Ca, [Pki.EndEntity(Ca, "Bob").Certificate]);

        Assert.That(Validate(Pki.Chain(User), crls: [crl]).Failures, Is.Empty);
    }

    [Test]
    public void Validate_ExpiredCrl_FailsNotCurrent()
    {
        var crl = Pki.Crl(Ca, [], TimeSpan.FromDays(-10), TimeSpan.FromDays(-1));

        Assert.That(Rules(Validate(Pki.Chain(User), crls: [crl])), Is.EqualTo(new[] { ChainValidationRule.CrlNotCurrent }));
    }

    [Test]
    public void Validate_FutureCrl_FailsNotCurrent()
    {
        var crl = Pki.Crl(Ca, [], TimeSpan.FromDays(1), TimeSpan.FromDays(8));

        Assert.That(Rules(Validate(Pki.Chain(User), crls: [crl])), Is.EqualTo(new[] { ChainValidationRule.CrlNotCurrent }));
    }

    [Test]
    public void Validate_CrlWithBadSignature_FailsCrlSignature()
    {
        var crl = Pki.Crl(Ca, [], signingKey: PkiKeys.Other);

        Assert.That(Rules(Validate(Pki.Chain(User), crls: [crl])), Is.EqualTo(new[] { ChainValidationRule.CrlSignatureInvalid }));
    }

    [Test]
    public void Validate_RequireWithoutCrl_FailsMissing()
    {
        var options = new ProxyValidationOptions { CrlMode = CrlMode.Require };

        Assert.That(Rules(Validate(Pki.Chain(User), options)), Is.EqualTo(new[] { ChainValidationRule.CrlMissing }));
    }

    [Test]
    public void Validate_RequireWithCurrentCrl_IsValid()
    {
        var options = new ProxyValidationOptions { CrlMode = CrlMode.Require };

        Assert.That(Validate(Pki.Chain(User), options, [Pki.Crl(Ca, [])]).Failures, Is.Empty);
    }

    [Test]
    public void Validate_IgnoreWithRevokedEndEntity_IsValid()
    {
        var user = User;
        var options = new ProxyValidationOptions { CrlMode = CrlMode.Ignore };

        Assert.That(Validate(Pki.Chain(user), options, [Pki.Crl(Ca, [user.Certificate])]).Failures, Is.Empty);
    }
}
