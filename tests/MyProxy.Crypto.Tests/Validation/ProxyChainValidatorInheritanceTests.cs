using MyProxy.Crypto.Proxies;
using MyProxy.Crypto.Tests.ValidationPki;
using MyProxy.Crypto.Validation;

namespace MyProxy.Crypto.Tests.Validation;

[TestFixtureSource(typeof(Contract.Backends), nameof(Contract.Backends.All))]
public sealed class ProxyChainValidatorInheritanceTests(ICryptoProvider crypto) : ValidatorFixture(crypto)
{
    private static readonly ProxySpec Limited = new() { Policy = ProxyPolicyKind.Limited };

    [TestCase(ProxyCertificateFormat.Rfc3820, ProxyCertificateFormat.Legacy)]
    [TestCase(ProxyCertificateFormat.Legacy, ProxyCertificateFormat.Rfc3820)]
    [TestCase(ProxyCertificateFormat.Draft, ProxyCertificateFormat.Rfc3820)]
    public void Validate_MixedFormats_FailsMixed(ProxyCertificateFormat issuerFormat, ProxyCertificateFormat leafFormat)
    {
        var user = User;
        var first = Pki.Proxy(user, new ProxySpec { Format = issuerFormat });
        var second = Pki.Proxy(first, new ProxySpec { Format = leafFormat });

        Assert.That(Rules(Validate(Pki.Chain(second, first, user))), Is.EqualTo(new[] { ChainValidationRule.ProxyFormatMixed }));
    }

    [Test]
    public void Validate_LimitedThenFull_FailsLimitedToFull()
    {
        var user = User;
        var limited = Pki.Proxy(user, Limited);
        var full = Pki.Proxy(limited);

        Assert.That(Rules(Validate(Pki.Chain(full, limited, user))), Is.EqualTo(new[] { ChainValidationRule.ProxyLimitedToFull }));
    }

    [Test]
    public void Validate_LimitedThenLimited_IsValidAndLimited()
    {
        var user = User;
        var limited = Pki.Proxy(user, Limited);
        var leaf = Pki.Proxy(limited, Limited);

        var result = Validate(Pki.Chain(leaf, limited, user));

        Assert.Multiple(() =>
        {
            Assert.That(result.Failures, Is.Empty);
            Assert.That(result.IsLimited, Is.True);
        });
    }

    [Test]
    public void Validate_FullThenLimited_IsLimited()
    {
        var user = User;
        var full = Pki.Proxy(user);
        var leaf = Pki.Proxy(full, Limited);

        Assert.That(Validate(Pki.Chain(leaf, full, user)).IsLimited, Is.True);
    }

    [Test]
    public void Validate_IndependentBelowLimitedByDefault_FailsLimitedToFull()
    {
        var user = User;
        var limited = Pki.Proxy(user, Limited);
        var independent = Pki.Proxy(limited, new ProxySpec { Policy = ProxyPolicyKind.Independent });

        Assert.That(Rules(Validate(Pki.Chain(independent, limited, user))), Is.EqualTo(new[] { ChainValidationRule.ProxyLimitedToFull }));
    }

    [Test]
    public void Validate_IndependentBelowLimitedWhenAllowed_IsValid()
    {
        var user = User;
        var limited = Pki.Proxy(user, Limited);
        var independent = Pki.Proxy(limited, new ProxySpec { Policy = ProxyPolicyKind.Independent });
        var options = new ProxyValidationOptions { AllowIndependentBelowLimited = true };

        Assert.That(Validate(Pki.Chain(independent, limited, user), options).Failures, Is.Empty);
    }

    [Test]
    public void Validate_PathLengthZeroWithChild_FailsWithNamedMessage()
    {
        var user = User;
        var first = Pki.Proxy(user, new ProxySpec { PathLength = 0 });
        var second = Pki.Proxy(first);

        var failure = Validate(Pki.Chain(second, first, user)).Failures.Single();

        Assert.Multiple(() =>
        {
            Assert.That(failure.Rule, Is.EqualTo(ChainValidationRule.ProxyPathLengthExceeded));
            Assert.That(failure.CertificateIndex, Is.EqualTo(1));
            Assert.That(failure.Message, Is.EqualTo("proxy path length exceeded: certificate 1 allows 0 further proxies"));
        });
    }

    [TestCase(ProxyCertificateFormat.Rfc3820)]
    [TestCase(ProxyCertificateFormat.Draft)]
    public void Validate_PathLengthTwoWithThreeBelow_FailsPathLength(ProxyCertificateFormat format)
    {
        var user = User;
        var p1 = Pki.Proxy(user, new ProxySpec { Format = format, PathLength = 2 });
        var p2 = Pki.Proxy(p1, new ProxySpec { Format = format });
        var p3 = Pki.Proxy(p2, new ProxySpec { Format = format });
        var p4 = Pki.Proxy(p3, new ProxySpec { Format = format });

        Assert.That(Rules(Validate(Pki.Chain(p4, p3, p2, p1, user))), Is.EqualTo(new[] { ChainValidationRule.ProxyPathLengthExceeded }));
    }

    [Test]
    public void Validate_PathLengthTwoWithTwoBelow_IsValidWithNoneRemaining()
    {
        var user = User;
        var p1 = Pki.Proxy(user, new ProxySpec { PathLength = 2 });
        var p2 = Pki.Proxy(p1);
        var p3 = Pki.Proxy(p2);

        var result = Validate(Pki.Chain(p3, p2, p1, user));

        Assert.Multiple(() =>
        {
            Assert.That(result.Failures, Is.Empty);
            Assert.That(result.RemainingPathLength, Is.Zero);
        });
    }

    [Test]
    public void Validate_PathLengths_RemainingIsMinimum()
    {
        var user = User;
        var p1 = Pki.Proxy(user, new ProxySpec { PathLength = 5 });
        var p2 = Pki.Proxy(p1, new ProxySpec { PathLength = 2 });

        Assert.That(Validate(Pki.Chain(p2, p1, user)).RemainingPathLength, Is.EqualTo(2));
    }

    [Test]
    public void Validate_NoPathLength_RemainingIsUnlimited() =>
        Assert.That(Validate(Pki.Chain(Pki.Proxy(User), User)).RemainingPathLength, Is.Null);

    [Test]
    public void Validate_ProxyOutlivingEndEntity_NotAfterIsMinimum()
    {
        var user = Pki.EndEntity(Ca, notBefore: Pki.Now.AddDays(-1), notAfter: Pki.Now.AddHours(2));
        var proxy = Pki.Proxy(user, new ProxySpec { NotAfterOffset = TimeSpan.FromHours(12) });

        var result = Validate(Pki.Chain(proxy, user));

        Assert.That(result.NotAfter, Is.EqualTo(Pki.Now.AddHours(2)));
    }
}
