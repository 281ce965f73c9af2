using System.Text;
using MyProxy.Protocol.Responses;
using MyProxy.Transport.Trust;

namespace MyProxy.Transport.Tests.Trust;

public sealed class TrustRootInstallerTests
{
    private string _root = string.Empty;

    private string Directory => Path.Combine(_root, "certificates");

    [SetUp]
    public void CreateRoot() => _root = System.IO.Directory.CreateTempSubdirectory("myproxy-install-").FullName;

    [TearDown]
    public void DeleteRoot() => System.IO.Directory.Delete(_root, recursive: true);

    private static TrustRootFile File(string name, string contents) => new(name, Encoding.ASCII.GetBytes(contents));

    [Test]
    public void Install_TwoFiles_WritesBothWithTheirContents()
    {
        new TrustRootInstaller().Install(Directory, [File("a.0", "cert"), File("a.signing_policy", "policy")]);

        Assert.That(System.IO.File.ReadAllText(Path.Combine(Directory, "a.0")), Is.EqualTo("cert"));
        Assert.That(System.IO.File.ReadAllText(Path.Combine(Directory, "a.signing_policy")), Is.EqualTo("policy"));
    }

    [Test]
    public void Install_MissingDirectory_CreatesIt()
    {
        new TrustRootInstaller().Install(Directory, [File("a.0", "cert")]);

        Assert.That(System.IO.Directory.Exists(Directory), Is.True);
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Install_AFile_LeavesItWorldReadable()
    {
        new TrustRootInstaller().Install(Directory, [File("a.0", "cert")]);

        Assert.That(System.IO.File.GetUnixFileMode(Path.Combine(Directory, "a.0")), Is.EqualTo(
            UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead));
    }

    [Test]
    public void Install_ExistingFile_IsReplaced()
    {
        var installer = new TrustRootInstaller();
        installer.Install(Directory, [File("a.0", "old")]);

        installer.Install(Directory, [File("a.0", "new")]);

        Assert.That(System.IO.File.ReadAllText(Path.Combine(Directory, "a.0")), Is.EqualTo("new"));
    }

    [Test]
    public void Install_Done_LeavesNoTemporaryFiles()
    {
        new TrustRootInstaller().Install(Directory, [File("a.0", "cert"), File("b.0", "cert")]);

        Assert.That(System.IO.Directory.EnumerateFiles(Directory).Select(Path.GetFileName), Is.EquivalentTo(new[] { "a.0", "b.0", TrustRootInstaller.LogFileName }));
    }

    [Test]
    public void Install_Files_AppendsTimeAndPathLinesToTheLog()
    {
        var time = new FixedTime(DateTimeOffset.FromUnixTimeSeconds(1796185444));

        new TrustRootInstaller(time).Install(Directory, [File("a.0", "cert")]);
        new TrustRootInstaller(time).Install(Directory, [File("b.0", "cert")]);

        Assert.That(System.IO.File.ReadAllText(Path.Combine(Directory, TrustRootInstaller.LogFileName)), Is.EqualTo(
            $"1796185444: {Path.Combine(Directory, "a.0")}\n1796185444: {Path.Combine(Directory, "b.0")}\n"));
    }

    [Test]
    public void Install_OneUnsafeName_WritesNothing()
    {
        Assert.Throws<MyProxyTrustRootException>(() => new TrustRootInstaller().Install(Directory, [File("a.0", "cert"), File("../evil", "x")]));

        Assert.That(System.IO.Directory.Exists(Directory), Is.False);
        Assert.That(System.IO.File.Exists(Path.Combine(_root, "evil")), Is.False);
    }

    [Test]
    public void Install_UnsafeName_NamesTheFileAndTheReason()
    {
        var exception = Assert.Throws<MyProxyTrustRootException>(() => new TrustRootInstaller().Install(Directory, [File(".hidden", "x")]));

        Assert.That(exception!.Message, Does.Contain("'.hidden' (it starts with '.')").And.Contain("none were installed"));
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Install_TargetIsASymbolicLink_WritesNothingAndLeavesWhatItPointsTo()
    {
        System.IO.Directory.CreateDirectory(Directory);
        var elsewhere = Path.Combine(_root, "elsewhere");
        System.IO.File.WriteAllText(elsewhere, "mine");
        System.IO.File.CreateSymbolicLink(Path.Combine(Directory, "b.0"), elsewhere);

        var exception = Assert.Throws<MyProxyTrustRootException>(() => new TrustRootInstaller().Install(Directory, [File("a.0", "cert"), File("b.0", "cert")]));

        Assert.That(exception!.Message, Does.Contain("b.0: it is a symbolic link"));
        Assert.That(System.IO.File.ReadAllText(elsewhere), Is.EqualTo("mine"));
        Assert.That(System.IO.Directory.EnumerateFileSystemEntries(Directory).Select(Path.GetFileName), Is.EqualTo(new[] { "b.0" }));
    }

    [Test]
    public void Install_TargetIsADirectory_WritesNothing()
    {
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "b.0"));

        var exception = Assert.Throws<MyProxyTrustRootException>(() => new TrustRootInstaller().Install(Directory, [File("a.0", "cert"), File("b.0", "cert")]));

        Assert.That(exception!.Message, Does.Contain("b.0: it is a directory"));
        Assert.That(System.IO.Directory.EnumerateFileSystemEntries(Directory).Select(Path.GetFileName), Is.EqualTo(new[] { "b.0" }));
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Install_LogIsASymbolicLink_WritesNothing()
    {
        System.IO.Directory.CreateDirectory(Directory);
        var elsewhere = Path.Combine(_root, "elsewhere");
        System.IO.File.WriteAllText(elsewhere, "mine");
        System.IO.File.CreateSymbolicLink(Path.Combine(Directory, TrustRootInstaller.LogFileName), elsewhere);

        Assert.Throws<MyProxyTrustRootException>(() => new TrustRootInstaller().Install(Directory, [File("a.0", "cert")]));

        Assert.That(System.IO.File.ReadAllText(elsewhere), Is.EqualTo("mine"));
        Assert.That(System.IO.File.Exists(Path.Combine(Directory, "a.0")), Is.False);
    }
}
