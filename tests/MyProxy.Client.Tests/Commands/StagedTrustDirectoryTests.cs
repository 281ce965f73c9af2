using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using MyProxy.Client.Commands;
using MyProxy.Crypto.Validation;
using MyProxy.Protocol.Responses;
using MyProxy.Transport.Trust;

namespace MyProxy.Client.Tests.Commands;

public sealed class StagedTrustDirectoryTests
{
    private const string CaFile = "880cfa8a.0";
    private const string PolicyFile = "880cfa8a.signing_policy";
    private static readonly byte[] CaBytes = Encoding.ASCII.GetBytes("-----BEGIN CERTIFICATE-----\nsandbox CA\n");
    private static readonly byte[] PolicyBytes = Encoding.ASCII.GetBytes("access_id_CA X509 '/CN=Sandbox CA'\n");
    private static readonly byte[] LogBytes = Encoding.ASCII.GetBytes("1700000000: /etc/grid-security/certificates/880cfa8a.0\n");

    private string _root = null!;
    private string _existing = null!;

    [SetUp]
    public void SetUp()
    {
        _root = Directory.CreateTempSubdirectory("staged-trust-test-").FullName;
        _existing = Directory.CreateDirectory(Path.Combine(_root, "certificates")).FullName;
        File.WriteAllBytes(Path.Combine(_existing, CaFile), CaBytes);
        File.WriteAllBytes(Path.Combine(_existing, PolicyFile), PolicyBytes);
        File.WriteAllBytes(Path.Combine(_existing, TrustRootInstaller.LogFileName), LogBytes);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_root, recursive: true);

    [Test]
    public void CreateUnlessInstalled_EveryRootAlreadyInstalled_StagesNothing()
    {
        using var staged = Stage(Root(CaFile, CaBytes), Root(PolicyFile, PolicyBytes));

        Assert.That(staged, Is.Null);
    }

    [Test]
    public void CreateUnlessInstalled_ANewRoot_StagesItBesideTheExistingFiles()
    {
        using var staged = Stage(Root(CaFile, CaBytes), Root("5f2a1b3c.0", "new CA"u8.ToArray()));

        Assert.That(staged, Is.Not.Null);
        Assert.That(File.ReadAllBytes(Path.Combine(staged!.Path, CaFile)), Is.EqualTo(CaBytes));
        Assert.That(File.ReadAllBytes(Path.Combine(staged.Path, PolicyFile)), Is.EqualTo(PolicyBytes));
        Assert.That(File.ReadAllBytes(Path.Combine(staged.Path, "5f2a1b3c.0")), Is.EqualTo("new CA"u8.ToArray()));
    }

    [Test]
    public void CreateUnlessInstalled_ANewRoot_LinksTheExistingFilesInsteadOfCopyingThem()
    {
        using var staged = Stage(Root("5f2a1b3c.0", "new CA"u8.ToArray()));

        Assert.That(new FileInfo(Path.Combine(staged!.Path, PolicyFile)).LinkTarget, Is.EqualTo(Path.Combine(_existing, PolicyFile)));
    }

    [Test]
    public void CreateUnlessInstalled_AChangedRoot_StagesTheReceivedBytesAndLeavesTheRealFile()
    {
        var changed = "re-keyed sandbox CA"u8.ToArray();

        using var staged = Stage(Root(CaFile, changed));

        Assert.That(File.ReadAllBytes(Path.Combine(staged!.Path, CaFile)), Is.EqualTo(changed));
        Assert.That(new FileInfo(Path.Combine(staged.Path, CaFile)).LinkTarget, Is.Null);
        Assert.That(File.ReadAllBytes(Path.Combine(_existing, CaFile)), Is.EqualTo(CaBytes));
    }

    [Test]
    public void CreateUnlessInstalled_Staging_LeavesTheRealInstallLogAlone()
    {
        using (Stage(Root("5f2a1b3c.0", "new CA"u8.ToArray())))
        {
        }

        Assert.That(File.ReadAllBytes(Path.Combine(_existing, TrustRootInstaller.LogFileName)), Is.EqualTo(LogBytes));
    }

    [Test]
    public void Dispose_AfterStaging_RemovesTheStagedDirectoryAndKeepsEveryRealFile()
    {
        var staged = Stage(Root("5f2a1b3c.0", "new CA"u8.ToArray()));

        staged!.Dispose();

        Assert.That(Directory.Exists(staged.Path), Is.False);
        Assert.That(Directory.GetFiles(_existing).Select(Path.GetFileName), Is.EquivalentTo(new[] { CaFile, PolicyFile, TrustRootInstaller.LogFileName }));
        Assert.That(File.ReadAllBytes(Path.Combine(_existing, PolicyFile)), Is.EqualTo(PolicyBytes));
    }

    [Test]
    public void CreateUnlessInstalled_AnUnsafeNameOfAFileThatExists_ThrowsTrustRootException()
    {
        File.WriteAllBytes(Path.Combine(_root, "escaped.0"), CaBytes);

        Assert.Throws<MyProxyTrustRootException>(() => Stage(Root("../escaped.0", CaBytes)));
    }

    [Test]
    public void CreateUnlessInstalled_TheExistingRootIsALink_StagesSoTheInstallCanRefuseIt()
    {
        var target = Path.Combine(_root, "elsewhere.pem");
        File.WriteAllBytes(target, CaBytes);
        File.Delete(Path.Combine(_existing, CaFile));
        File.CreateSymbolicLink(Path.Combine(_existing, CaFile), target);

        using var staged = Stage(Root(CaFile, CaBytes));

        Assert.That(staged, Is.Not.Null);
    }

    [Test]
    public void CreateUnlessInstalled_NoExistingDirectory_StagesOnlyTheReceivedRoots()
    {
        using var staged = StagedTrustDirectory.CreateUnlessInstalled(Path.Combine(_root, "missing"), [Root(CaFile, CaBytes)], TimeProvider.System);

        Assert.That(Directory.GetFiles(staged!.Path).Select(Path.GetFileName), Is.EquivalentTo(new[] { CaFile, TrustRootInstaller.LogFileName }));
    }

    [Test]
    public void CreateUnlessInstalled_ANewRoot_AValidatorFindsTheLinkedCas()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var ca = new CertificateRequest("CN=Linked CA", key, HashAlgorithmName.SHA256).CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllText(Path.Combine(_existing, "aabbccdd.0"), ca.ExportCertificatePem());

        using var staged = Stage(Root("5f2a1b3c.0", "new CA"u8.ToArray()));

        var loaded = CertificateAuthorityDirectory.Load(staged!.Path);
        Assert.That(loaded.FindBySubject(new X500DistinguishedName("CN=Linked CA")), Has.Count.EqualTo(1));
    }

    private static TrustRootFile Root(string name, byte[] contents) => new(name, contents);

    private StagedTrustDirectory? Stage(params TrustRootFile[] files) =>
        StagedTrustDirectory.CreateUnlessInstalled(_existing, files, TimeProvider.System);
}
