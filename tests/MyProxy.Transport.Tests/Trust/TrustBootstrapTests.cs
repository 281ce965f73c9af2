using System.Security.Cryptography;
using MyProxy.Crypto.Validation;
using MyProxy.Transport.Trust;

namespace MyProxy.Transport.Tests.Trust;

public sealed class TrustBootstrapTests
{
    [Test]
    public void Validate_ChainWithItsIssuer_AcceptsAndReportsSubjectAndFingerprint()
    {
        var (ca, server) = TestCertificates.IssuedPair(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        using (ca)
        using (server)
        {
            var reported = new List<BootstrapTrustAnchor>();

            var result = new TrustBootstrap(reported.Add).Validate([server, ca]);

            Assert.That(result.IsValid, Is.True);
            Assert.That(reported.Single().Subject, Is.EqualTo("/DC=org/DC=example/CN=Test CA"));
            Assert.That(reported.Single().Sha256Fingerprint.Replace(":", string.Empty, StringComparison.Ordinal), Is.EqualTo(Convert.ToHexString(SHA256.HashData(ca.RawData))));
        }
    }

    [Test]
    public void Validate_IssuerNotSent_RefusesWithoutReporting()
    {
        var (ca, server) = TestCertificates.IssuedPair(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        using (ca)
        using (server)
        {
            var reported = new List<BootstrapTrustAnchor>();

            var result = new TrustBootstrap(reported.Add).Validate([server]);

            Assert.That((result.IsValid, reported.Count), Is.EqualTo((false, 0)));
            Assert.That(result.Failures[0].Rule, Is.EqualTo(ChainValidationRule.UntrustedIssuer));
            Assert.That(result.Failures[0].Message, Does.Contain("did not send the CA that issued its certificate"));
        }
    }

    [Test]
    public void Validate_ExpiredServerCertificate_RefusesAsExpired()
    {
        var (ca, server) = TestCertificates.IssuedPair(DateTimeOffset.UtcNow.AddDays(-10), DateTimeOffset.UtcNow.AddDays(-1));
        using (ca)
        using (server)
        {
            var result = new TrustBootstrap(_ => { }).Validate([server, ca]);

            Assert.That(result.Failures.Select(failure => failure.Rule), Is.EqualTo(new[] { ChainValidationRule.CertificateExpired }));
            Assert.That(result.Failures[0].Message, Does.StartWith("trust bootstrap refused: "));
        }
    }

    [Test]
    public void Validate_NotYetValidServerCertificate_RefusesAsNotYetValid()
    {
        var (ca, server) = TestCertificates.IssuedPair(DateTimeOffset.UtcNow.AddDays(1), DateTimeOffset.UtcNow.AddDays(10));
        using (ca)
        using (server)
        {
            var result = new TrustBootstrap(_ => { }).Validate([server, ca]);

            Assert.That(result.Failures.Select(failure => failure.Rule), Is.EqualTo(new[] { ChainValidationRule.CertificateNotYetValid }));
        }
    }

    [Test]
    public void Validate_SelfSignedServer_Refuses()
    {
        using var server = TestCertificates.WithSubject("CN=host/localhost");

        var result = new TrustBootstrap(_ => { }).Validate([server, server]);

        Assert.That(result.Failures[0].Rule, Is.EqualTo(ChainValidationRule.UntrustedIssuer));
        Assert.That(result.Failures[0].Message, Does.Contain("self-issued"));
    }

    [Test]
    public void Validate_ACertificateWithTheIssuersNameButAnotherKey_Refuses()
    {
        var (ca, server) = TestCertificates.IssuedPair(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var (impostor, _) = TestCertificates.IssuedPair(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        using (ca)
        using (server)
        using (impostor)
        {
            var result = new TrustBootstrap(_ => { }).Validate([server, impostor]);

            Assert.That(result.Failures.Select(failure => failure.Rule), Is.EqualTo(new[] { ChainValidationRule.SignatureInvalid }));
        }
    }
}
