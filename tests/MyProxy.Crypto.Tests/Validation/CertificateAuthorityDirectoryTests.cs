using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Tests.ValidationPki;
using MyProxy.Crypto.Validation;

namespace MyProxy.Crypto.Tests.Validation;

public sealed class CertificateAuthorityDirectoryTests
{
    private string _directory = null!;

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("myproxy-cadir-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void Load_MissingDirectory_ThrowsWithAdvice()
    {
        var missing = Path.Combine(_directory, "nope");

        var exception = Assert.Throws<MyProxyValidationException>(() => CertificateAuthorityDirectory.Load(missing));

        Assert.That(exception!.Message, Is.EqualTo($"trust directory {missing} does not exist; set X509_CERT_DIR or run `myproxy get-trustroots -b`"));
    }

    [Test]
    public void Load_PemAndDerCertificates_IndexesBoth()
    {
        var ca = Pki.RootCa();
        var other = Pki.RootCa(TestNames.Build((TestNames.CommonName, "Other CA")), PkiKeys.Other);
        File.WriteAllText(Path.Combine(_directory, "aaaa0000.0"), ca.Certificate.ExportCertificatePem());
        File.WriteAllBytes(Path.Combine(_directory, "bbbb0000.1"), other.Certificate.RawData);

        var directory = CertificateAuthorityDirectory.Load(_directory);

        Assert.Multiple(() =>
        {
            Assert.That(directory.Certificates, Has.Count.EqualTo(2));
            Assert.That(directory.FindBySubject(other.Certificate.SubjectName).Single(), Is.EqualTo(other.Certificate));
            Assert.That(directory.Problems, Is.Empty);
        });
    }

    [Test]
    public void Load_SameCertificateUnderTwoNames_KeepsOne()
    {
        var ca = Pki.RootCa();
        File.WriteAllText(Path.Combine(_directory, "aaaa0000.0"), ca.Certificate.ExportCertificatePem());
        File.WriteAllText(Path.Combine(_directory, "TestCA.pem"), ca.Certificate.ExportCertificatePem());

        Assert.That(CertificateAuthorityDirectory.Load(_directory).Certificates, Has.Count.EqualTo(1));
    }

    [Test]
    public void Load_UnreadableFile_SkipsAndReportsIt()
    {
        File.WriteAllText(Path.Combine(_directory, "cccc0000.0"), "not a certificate");

        var directory = CertificateAuthorityDirectory.Load(_directory);

        Assert.Multiple(() =>
        {
            Assert.That(directory.Certificates, Is.Empty);
            Assert.That(directory.Problems.Single(), Does.StartWith("cccc0000.0:"));
        });
    }

    [Test]
    public void Load_OtherFiles_AreIgnored()
    {
        File.WriteAllText(Path.Combine(_directory, "aaaa0000.signing_policy"), "access_id_CA X509 '/CN=x'");
        File.WriteAllText(Path.Combine(_directory, "aaaa0000.namespaces"), "TO Issuer self");

        Assert.That(CertificateAuthorityDirectory.Load(_directory).Problems, Is.Empty);
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Load_Crl_IsUsedForRevocation(bool pem)
    {
        var ca = Pki.RootCa();
        var user = Pki.EndEntity(ca);
        var crl = Pki.Crl(ca, [user.Certificate]);
        File.WriteAllText(Path.Combine(_directory, "aaaa0000.0"), ca.Certificate.ExportCertificatePem());
        var crlPath = Path.Combine(_directory, "aaaa0000.r0");
        if (pem)
        {
            File.WriteAllText(crlPath, new string(System.Security.Cryptography.PemEncoding.Write("X509 CRL", crl)));
        }
        else
        {
            File.WriteAllBytes(crlPath, crl);
        }

        var validator = new ProxyChainValidator(Contract.Backends.All.First(), CertificateAuthorityDirectory.Load(_directory), time: Pki.Clock);

        Assert.That(validator.Validate(Pki.Chain(user)).Failures.Select(failure => failure.Rule), Is.EqualTo(new[] { ChainValidationRule.Revoked }));
    }

    [Test]
    public void Load_GarbageCrl_ReportsIt()
    {
        File.WriteAllBytes(Path.Combine(_directory, "aaaa0000.r0"), [0x30, 0x03, 0x02, 0x01, 0x01]);

        Assert.That(CertificateAuthorityDirectory.Load(_directory).Problems.Single(), Does.StartWith("aaaa0000.r0: not a DER CRL"));
    }

    [Test]
    public void FindBySubject_SameNameDifferentStringTypeAndCase_Finds()
    {
        var ca = Pki.RootCa();
        var sameName = TestNames.Build(UniversalTagNumber.UTF8String,
            (TestNames.DomainComponent, "ORG"), (TestNames.DomainComponent, "example"), (TestNames.CommonName, "test  CA"));
        var directory = CertificateAuthorityDirectory.FromCertificates([ca.Certificate]);

        Assert.That(directory.FindBySubject(sameName), Has.Count.EqualTo(1));
    }

    [Test]
    public void FindBySubject_RdnsInOtherOrder_DoesNotFind()
    {
        var ca = Pki.RootCa();
        var reversed = TestNames.Build((TestNames.CommonName, "Test CA"), (TestNames.DomainComponent, "example"), (TestNames.DomainComponent, "org"));

        Assert.That(CertificateAuthorityDirectory.FromCertificates([ca.Certificate]).FindBySubject(reversed), Is.Empty);
    }

    [Test]
    public void Description_InMemoryAndDirectory_NameTheStore()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CertificateAuthorityDirectory.FromCertificates([]).Description, Is.EqualTo("the configured trusted CAs"));
            Assert.That(CertificateAuthorityDirectory.Load(_directory).Description, Is.EqualTo($"trust directory {_directory}"));
        });
    }

    [Test]
    public void Validate_UntrustedIssuerWithDirectory_NamesDirectory()
    {
        var ca = Pki.RootCa();
        var validator = new ProxyChainValidator(Contract.Backends.All.First(), CertificateAuthorityDirectory.Load(_directory), time: Pki.Clock);

        var failure = validator.Validate([Pki.EndEntity(ca).Certificate]).Failures.Single();

        Assert.That(failure.Message, Is.EqualTo($"issuer /DC=org/DC=example/CN=Test CA is not a trusted CA in trust directory {_directory}"));
    }

    [Test]
    public void FromCertificates_GarbageCrl_ReportsIt() =>
        Assert.That(CertificateAuthorityDirectory.FromCertificates([], [[1, 2, 3]]).Problems, Has.Count.EqualTo(1));

    [Test]
    public void Contains_OtherCertificate_IsFalse()
    {
        var directory = CertificateAuthorityDirectory.FromCertificates([Pki.RootCa().Certificate]);

        Assert.That(directory.Contains(X509CertificateLoader.LoadCertificate(Pki.EndEntity(Pki.RootCa()).Certificate.RawData)), Is.False);
    }
}
