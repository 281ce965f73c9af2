using MyProxy.Crypto.Certificates;
using MyProxy.Crypto.Tests.ValidationPki;
using MyProxy.Crypto.Validation;

namespace MyProxy.Crypto.Tests.Validation;

/// <summary>A trust directory is read as OpenSSL's hash lookup reads it: only the files named for the name looked up, unless they do not hold it.</summary>
public sealed class CertificateAuthorityDirectoryHashLookupTests
{
    private string _directory = null!;
    private Issued _ca = null!;
    private Issued _other = null!;

    [SetUp]
    public void CreateDirectory()
    {
        _directory = Directory.CreateTempSubdirectory("myproxy-cadir-hash-").FullName;
        _ca = Pki.RootCa();
        _other = Pki.RootCa(TestNames.Build((TestNames.CommonName, "Other CA")), PkiKeys.Other);
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void FindBySubject_HashNamedFiles_ReadsOnlyTheFilesOfThatName()
    {
        WriteHashNamed(_ca);
        WriteHashNamed(_other);
        File.WriteAllText(Path.Combine(_directory, "0badf11e.0"), "not a certificate");
        var directory = CertificateAuthorityDirectory.Load(_directory);

        var found = directory.FindBySubject(_ca.Certificate.SubjectName);

        Assert.That(found.Single(), Is.EqualTo(_ca.Certificate));
        Assert.That(directory.FilesRead, Is.EqualTo(1));
    }

    [Test]
    public void FindBySubject_CaOnlyInAFileNamedOtherwise_IsFoundByReadingEveryFile()
    {
        WriteHashNamed(_other);
        File.WriteAllText(Path.Combine(_directory, "TestCA.pem"), _ca.Certificate.ExportCertificatePem());
        var directory = CertificateAuthorityDirectory.Load(_directory);

        Assert.That(directory.FindBySubject(_ca.Certificate.SubjectName).Single(), Is.EqualTo(_ca.Certificate));
        Assert.That(directory.FilesRead, Is.EqualTo(2));
    }

    [Test]
    public void FindBySubject_ReKeyedCaUnderTheSameHash_FindsBoth()
    {
        var reKeyed = Pki.RootCa(_ca.Certificate.SubjectName, PkiKeys.Other);
        var stem = Stem(_ca);
        File.WriteAllText(Path.Combine(_directory, stem + ".0"), _ca.Certificate.ExportCertificatePem());
        File.WriteAllText(Path.Combine(_directory, stem + ".1"), reKeyed.Certificate.ExportCertificatePem());

        Assert.That(CertificateAuthorityDirectory.Load(_directory).FindBySubject(_ca.Certificate.SubjectName), Has.Count.EqualTo(2));
    }

    [Test]
    public void Contains_CertificateOfAHashNamedCa_ReadsOnlyItsFiles()
    {
        WriteHashNamed(_ca);
        WriteHashNamed(_other);
        var directory = CertificateAuthorityDirectory.Load(_directory);

        Assert.That(directory.Contains(_ca.Certificate), Is.True);
        Assert.That(directory.FilesRead, Is.EqualTo(1));
    }

    [Test]
    public void Validate_CrlNamedForTheIssuersHash_RevokesAndLeavesOtherCasUnread()
    {
        var user = Pki.EndEntity(_ca);
        WriteHashNamed(_ca);
        WriteHashNamed(_other);
        File.WriteAllBytes(Path.Combine(_directory, Stem(_ca) + ".r0"), Pki.Crl(_ca, [user.Certificate]));
        var directory = CertificateAuthorityDirectory.Load(_directory);

        var result = Validator(directory).Validate(Pki.Chain(user));

        Assert.That(result.Failures.Select(failure => failure.Rule), Is.EqualTo(new[] { ChainValidationRule.Revoked }));
        Assert.That(directory.FilesRead, Is.EqualTo(2));
    }

    [TestCase("revocations.r0")]
    [TestCase("0badf11e.r0")]
    public void Validate_CrlNamedForNoCa_IsStillRead(string crlName)
    {
        var user = Pki.EndEntity(_ca);
        WriteHashNamed(_ca);
        File.WriteAllBytes(Path.Combine(_directory, crlName), Pki.Crl(_ca, [user.Certificate]));

        var result = Validator(CertificateAuthorityDirectory.Load(_directory)).Validate(Pki.Chain(user));

        Assert.That(result.Failures.Select(failure => failure.Rule), Is.EqualTo(new[] { ChainValidationRule.Revoked }));
    }

    [Test]
    public void Validate_HashNamedCa_TrustsTheChain()
    {
        WriteHashNamed(_ca);
        WriteHashNamed(_other);

        Assert.That(Validator(CertificateAuthorityDirectory.Load(_directory)).Validate(Pki.Chain(Pki.EndEntity(_ca))).IsValid, Is.True);
    }

    [Test]
    public void Problems_AfterALookup_ListFilesTheLookupDidNotRead()
    {
        WriteHashNamed(_ca);
        File.WriteAllText(Path.Combine(_directory, "0badf11e.0"), "not a certificate");
        var directory = CertificateAuthorityDirectory.Load(_directory);
        directory.FindBySubject(_ca.Certificate.SubjectName);

        Assert.That(directory.Problems.Single(), Does.StartWith("0badf11e.0:"));
    }

    [Test]
    public void FindBySubject_ManyThreadsAtOnce_AllFindTheCa()
    {
        WriteHashNamed(_ca);
        WriteHashNamed(_other);
        var directory = CertificateAuthorityDirectory.Load(_directory);
        var counts = new int[64];

        Parallel.For(0, counts.Length, i => counts[i] = directory.FindBySubject(i % 2 == 0 ? _ca.Certificate.SubjectName : _other.Certificate.SubjectName).Count);

        Assert.That(counts, Is.All.EqualTo(1));
    }

    private static string Stem(Issued ca) => OpenSslNameHash.FileStem(ca.Certificate.SubjectName)!;

    private static ProxyChainValidator Validator(CertificateAuthorityDirectory directory) =>
        new(Contract.Backends.All.First(), directory, time: Pki.Clock);

    private void WriteHashNamed(Issued ca) =>
        File.WriteAllText(Path.Combine(_directory, Stem(ca) + ".0"), ca.Certificate.ExportCertificatePem());
}
