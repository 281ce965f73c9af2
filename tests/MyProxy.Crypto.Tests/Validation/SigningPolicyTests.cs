using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Tests.ValidationPki;
using MyProxy.Crypto.Validation;

namespace MyProxy.Crypto.Tests.Validation;

public sealed class SigningPolicyTests
{
    private const string Policy = """
        # EACL for the test CA
        access_id_CA   X509   '/DC=org/DC=example/CN=Test CA'
        pos_rights     globus CA:sign
        cond_subjects  globus '"/DC=org/DC=example/*" "/O=Grid/CN=host?"'
        """;

    private static readonly Issued Ca = Pki.RootCa();

    private string _directory = null!;

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("myproxy-policy-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [TestCase("/DC=org/DC=example/CN=Alice", true)]
    [TestCase("/dc=ORG/dc=Example/CN=Alice", true)]
    [TestCase("/O=Grid/CN=host1", true)]
    [TestCase("/O=Grid/CN=host12", false)]
    [TestCase("/DC=org/DC=other/CN=Mallory", false)]
    public void Permits_Subject_MatchesCondSubjects(string subject, bool expected)
    {
        var name = new X500DistinguishedName(string.Join(", ", subject.Split('/', StringSplitOptions.RemoveEmptyEntries).Reverse()));

        Assert.That(SigningPolicy.Parse(Policy).Permits(Ca.Certificate, name), Is.EqualTo(expected));
    }

    [Test]
    public void Permits_OtherCa_IsFalse()
    {
        var other = Pki.RootCa(TestNames.Build((TestNames.CommonName, "Other CA")), PkiKeys.Other);

        Assert.That(SigningPolicy.Parse(Policy).Permits(other.Certificate, new X500DistinguishedName("CN=Alice, DC=example, DC=org")), Is.False);
    }

    [Test]
    public void Permits_WithoutCaSignRight_IsFalse()
    {
        var policy = Policy.Replace("CA:sign", "CA:none", StringComparison.Ordinal);

        Assert.That(SigningPolicy.Parse(policy).Permits(Ca.Certificate, new X500DistinguishedName("CN=Alice, DC=example, DC=org")), Is.False);
    }

    [Test]
    public void Validate_SubjectOutsidePolicyWhenApplied_FailsSigningPolicy()
    {
        var validator = ValidatorOverDirectory(new ProxyValidationOptions { ApplySigningPolicies = true });

        var rules = validator.Validate([Outsider()]).Failures.Select(failure => failure.Rule);

        Assert.That(rules, Is.EqualTo(new[] { ChainValidationRule.SigningPolicyViolation }));
    }

    [Test]
    public void Validate_SubjectOutsidePolicyByDefault_IsValid() =>
        Assert.That(ValidatorOverDirectory(null).Validate([Outsider()]).Failures, Is.Empty);

    [Test]
    public void Validate_SubjectInsidePolicyWhenApplied_IsValid()
    {
        var validator = ValidatorOverDirectory(new ProxyValidationOptions { ApplySigningPolicies = true });

        Assert.That(validator.Validate(Pki.Chain(Pki.EndEntity(Ca))).Failures, Is.Empty);
    }

    private static X509Certificate2 Outsider() =>
        Pki.Sign(TestNames.Build((TestNames.DomainComponent, "net"), (TestNames.CommonName, "Mallory")), PkiKeys.User, Ca.Certificate.SubjectName, Ca.Key,
            Pki.Now.AddDays(-1), Pki.Now.AddDays(1), [], HashAlgorithmName.SHA256);

    private ProxyChainValidator ValidatorOverDirectory(ProxyValidationOptions? options)
    {
        File.WriteAllText(Path.Combine(_directory, "1234abcd.0"), Ca.Certificate.ExportCertificatePem());
        File.WriteAllText(Path.Combine(_directory, "1234abcd.signing_policy"), Policy);
        return new ProxyChainValidator(Contract.Backends.All.First(), CertificateAuthorityDirectory.Load(_directory), options, Pki.Clock);
    }
}
