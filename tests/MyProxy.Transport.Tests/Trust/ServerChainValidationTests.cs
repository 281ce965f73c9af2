using MyProxy.Crypto;
using MyProxy.Crypto.Validation;
using MyProxy.Transport.Trust;

namespace MyProxy.Transport.Tests.Trust;

public sealed class ServerChainValidationTests
{
    private static readonly ICryptoProvider Crypto = CryptoProviders.For(CryptoBackend.System);

    private string _root = string.Empty;

    [SetUp]
    public void CreateRoot() => _root = Directory.CreateTempSubdirectory("myproxy-server-trust-").FullName;

    [TearDown]
    public void DeleteRoot() => Directory.Delete(_root, recursive: true);

    [Test]
    public void FromDirectory_DirectoryWithTheIssuingCA_AcceptsTheServer()
    {
        var (ca, server) = TestCertificates.IssuedPair(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        using (ca)
        using (server)
        {
            File.WriteAllText(Path.Combine(_root, "0123abcd.0"), ca.ExportCertificatePem());

            var result = ServerChainValidation.FromDirectory(_root, Crypto).Validate([server]);

            Assert.That(result.IsValid, Is.True, string.Join("; ", result.Failures));
        }
    }

    [Test]
    public void FromDirectory_DirectoryWithAnotherCA_RefusesAsUntrustedIssuer()
    {
        var (ca, server) = TestCertificates.IssuedPair(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        using var stranger = TestCertificates.WithSubject("CN=Stranger CA");
        using (ca)
        using (server)
        {
            File.WriteAllText(Path.Combine(_root, "0123abcd.0"), stranger.ExportCertificatePem());

            var result = ServerChainValidation.FromDirectory(_root, Crypto).Validate([server]);

            Assert.That(result.Failures.Select(failure => failure.Rule), Is.EqualTo(new[] { ChainValidationRule.UntrustedIssuer }));
        }
    }

    [Test]
    public void FromDirectory_EmptyDirectory_RefusesNamingTheDirectory()
    {
        using var server = TestCertificates.WithSubject("CN=host/localhost");

        var failure = ServerChainValidation.FromDirectory(_root, Crypto).Validate([server]).Failures.Single();

        Assert.That((failure.Rule, failure.Message), Is.EqualTo((ChainValidationRule.UntrustedIssuer, $"issuer /CN=host/localhost is not trusted: trust directory {_root} holds no CA certificate")));
    }

    [Test]
    public void FromDirectory_MissingDirectory_RefusesSayingItDoesNotExist()
    {
        using var server = TestCertificates.WithSubject("CN=host/localhost");
        var missing = Path.Combine(_root, "certificates");

        var failure = ServerChainValidation.FromDirectory(missing, Crypto).Validate([server]).Failures.Single();

        Assert.That(failure.Message, Does.EndWith($"trust directory {missing} does not exist"));
    }

    [Test]
    public void FromDirectory_NoDirectoryConfigured_RefusesNamingWhereOneIsLookedFor()
    {
        using var server = TestCertificates.WithSubject("CN=host/localhost");

        var failure = ServerChainValidation.FromDirectory(null, Crypto).Validate([server]).Failures.Single();

        Assert.That(failure.Message, Does.Contain("no trust directory is configured (X509_CERT_DIR"));
    }
}
