using System.Security.Cryptography;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Tests.ValidationPki;
using MyProxy.Crypto.Validation;

namespace MyProxy.Crypto.Tests.Validation;

[TestFixtureSource(typeof(Contract.Backends), nameof(Contract.Backends.All))]
public sealed class ProxyChainValidatorCredentialTests(ICryptoProvider crypto) : ValidatorFixture(crypto)
{
    [Test]
    public void ValidateCredential_MatchingKey_IsValid()
    {
        var user = User;
        var proxy = Pki.Proxy(user);
        using var key = Copy(proxy.Key);
        using var credential = new X509Credential(Pki.Chain(proxy, user), key);

        Assert.That(Validator().ValidateCredential(credential).Failures, Is.Empty);
    }

    [Test]
    public void ValidateCredential_OtherKey_FailsKeyMismatch()
    {
        var user = User;
        var proxy = Pki.Proxy(user);
        using var key = Copy(PkiKeys.Other);
        using var credential = new X509Credential(Pki.Chain(proxy, user), key);

        var failure = Validator().ValidateCredential(credential).Failures.Single();

        Assert.Multiple(() =>
        {
            Assert.That(failure.Rule, Is.EqualTo(ChainValidationRule.KeyMismatch));
            Assert.That(failure.CertificateIndex, Is.Zero);
        });
    }

    [Test]
    public void KeyMatchesCertificate_EcKeyOfRsaCertificate_IsFalse()
    {
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        Assert.That(ProxyChainValidator.KeyMatchesCertificate(User.Certificate, ec), Is.False);
    }

    [Test]
    public void KeyMatchesCertificate_SameEcKey_IsTrue()
    {
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=ec", ec, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(Pki.Now.AddDays(-1), Pki.Now.AddDays(1));

        Assert.That(ProxyChainValidator.KeyMatchesCertificate(certificate, ec), Is.True);
    }

    private ProxyChainValidator Validator() => new(Crypto, CertificateAuthorityDirectory.FromCertificates([Ca.Certificate]), time: Pki.Clock);

    private static RSA Copy(RSA key)
    {
        var copy = RSA.Create();
        copy.ImportParameters(key.ExportParameters(includePrivateParameters: true));
        return copy;
    }
}
