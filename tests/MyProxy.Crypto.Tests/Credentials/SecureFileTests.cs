using System.Diagnostics;
using System.Runtime.Versioning;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Tests.Support;

namespace MyProxy.Crypto.Tests.Credentials;

[Platform(Exclude = "Win")]
[UnsupportedOSPlatform("windows")]
public class SecureFileTests
{
    private TemporaryDirectory _directory = null!;

    [SetUp]
    public void SetUp() => _directory = new TemporaryDirectory();

    [TearDown]
    public void TearDown() => _directory.Dispose();

    [Test]
    public void WriteAtomically_NewFile_WritesTheContentWithMode0600()
    {
        var path = _directory.File("proxy");

        SecureFile.WriteAtomically(path, "secret"u8);

        Assert.That(File.ReadAllText(path), Is.EqualTo("secret"));
        Assert.That(File.GetUnixFileMode(path), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    [Test]
    public void WriteAtomically_ExplicitMode_SetsExactlyThatMode()
    {
        var path = _directory.File("key");

        SecureFile.WriteAtomically(path, "k"u8, UnixFileMode.UserRead);

        Assert.That(File.GetUnixFileMode(path), Is.EqualTo(UnixFileMode.UserRead));
    }

    [Test]
    public void WriteAtomically_ExistingFile_ReplacesItWithANewFileAndMode()
    {
        var path = _directory.File("proxy");
        File.WriteAllText(path, "old content that is longer");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);

        SecureFile.WriteAtomically(path, "new"u8);

        Assert.That(File.ReadAllText(path), Is.EqualTo("new"));
        Assert.That(File.GetUnixFileMode(path), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        Assert.That(_directory.Entries(), Is.EqualTo(new[] { "proxy" }));
    }

    [Test]
    public void WriteAtomically_ExistingFile_ReplacesTheDirectoryEntryNotTheOldInode()
    {
        var path = _directory.File("proxy");
        var link = _directory.File("hard-link");
        File.WriteAllText(path, "old");
        Run("ln", path, link);

        SecureFile.WriteAtomically(path, "new"u8);

        Assert.That(File.ReadAllText(link), Is.EqualTo("old"));
        Assert.That(File.ReadAllText(path), Is.EqualTo("new"));
    }

    [Test]
    public void WriteAtomically_SymbolicLink_IsRefusedAndTheTargetUntouched()
    {
        var target = _directory.File("target");
        var path = _directory.File("proxy");
        File.WriteAllText(target, "target");
        File.CreateSymbolicLink(path, target);

        var exception = Assert.Throws<MyProxyException>(() => SecureFile.WriteAtomically(path, "new"u8));

        Assert.That(exception.Message, Is.EqualTo($"refusing to write {path}: it is a symbolic link; remove the link first."));
        Assert.That(File.ReadAllText(target), Is.EqualTo("target"));
    }

    [Test]
    public void WriteAtomically_DanglingSymbolicLink_IsRefused()
    {
        var path = _directory.File("proxy");
        File.CreateSymbolicLink(path, _directory.File("nowhere"));

        Assert.Throws<MyProxyException>(() => SecureFile.WriteAtomically(path, "new"u8));
        Assert.That(File.Exists(_directory.File("nowhere")), Is.False);
    }

    [Test]
    public void WriteAtomically_Directory_IsRefused()
    {
        var path = _directory.File("dir");
        Directory.CreateDirectory(path);

        var exception = Assert.Throws<MyProxyException>(() => SecureFile.WriteAtomically(path, "new"u8));

        Assert.That(exception.Message, Is.EqualTo($"refusing to write {path}: it is a directory."));
    }

    [Test]
    public void WriteAtomically_Fifo_IsRefused()
    {
        var path = _directory.File("fifo");
        Run("mkfifo", path);

        var exception = Assert.Throws<MyProxyException>(() => SecureFile.WriteAtomically(path, "new"u8));

        Assert.That(exception.Message, Is.EqualTo($"refusing to write {path}: it is not a regular file."));
    }

    [Test]
    public void WriteAtomically_MissingDirectory_IsRefused()
    {
        var path = _directory.File("no/such/dir/proxy");

        var exception = Assert.Throws<MyProxyException>(() => SecureFile.WriteAtomically(path, "new"u8));

        Assert.That(exception.Message, Does.EndWith("its directory does not exist."));
    }

    [Test]
    public void WriteAtomically_FailureBeforeTheRename_LeavesTheTargetUntouchedAndNoTemporaryFile()
    {
        var path = _directory.File("proxy");
        File.WriteAllText(path, "old");
        string? temporary = null;

        var exception = Assert.Throws<MyProxyException>(() => SecureFile.WriteAtomically(path, "new"u8, SecureFile.OwnerReadWrite, t =>
        {
            temporary = t;
            throw new IOException("disk full");
        }));

        Assert.That(exception.Message, Is.EqualTo($"cannot write {path}: disk full"));
        Assert.That(File.ReadAllText(path), Is.EqualTo("old"));
        Assert.That(temporary, Is.Not.Null.And.Not.EqualTo(path));
        Assert.That(_directory.Entries(), Is.EqualTo(new[] { "proxy" }));
    }

    [Test]
    public void WriteAtomically_TemporaryFile_IsInTheTargetDirectoryWithTheFinalMode()
    {
        var path = _directory.File("proxy");
        (string Directory, UnixFileMode Mode)? seen = null;

        SecureFile.WriteAtomically(path, "new"u8, SecureFile.OwnerReadWrite, t => seen = (Path.GetDirectoryName(t)!, File.GetUnixFileMode(t)));

        Assert.That(seen, Is.EqualTo((_directory.Path, SecureFile.OwnerReadWrite)));
    }

    [Test]
    public void WriteAtomically_WorldReadableMode_TemporaryFileStaysPrivateUntilTheRename()
    {
        var path = _directory.File("root.0");
        var seen = new List<UnixFileMode>();
        var publicMode = SecureFile.OwnerReadWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

        SecureFile.WriteAtomically(path, "certificate"u8, publicMode, t => seen.Add(File.GetUnixFileMode(t)));

        Assert.That(seen, Is.EqualTo(new[] { publicMode }));
        Assert.That(File.GetUnixFileMode(path), Is.EqualTo(publicMode));
    }

    [Test]
    public void WriteAtomically_NonIoFailureMidWay_PropagatesAndLeavesNoTemporaryFile()
    {
        var path = _directory.File("proxy");
        File.WriteAllText(path, "old");

        Assert.Throws<OperationCanceledException>(() => SecureFile.WriteAtomically(path, "new"u8, SecureFile.OwnerReadWrite, _ => throw new OperationCanceledException()));

        Assert.That(File.ReadAllText(path), Is.EqualTo("old"));
        Assert.That(_directory.Entries(), Is.EqualTo(new[] { "proxy" }));
    }

    [Test]
    public void RemoveTemporaryFiles_DuringAWrite_RemovesTheTemporaryFileAndTheTargetStaysUntouched()
    {
        var path = _directory.File("proxy");
        File.WriteAllText(path, "old");
        var removed = false;

        Assert.Throws<MyProxyException>(() => SecureFile.WriteAtomically(path, "new"u8, SecureFile.OwnerReadWrite, t =>
        {
            SecureFile.RemoveTemporaryFiles();
            removed = !File.Exists(t);
        }));

        Assert.That(removed, Is.True);
        Assert.That(File.ReadAllText(path), Is.EqualTo("old"));
        Assert.That(_directory.Entries(), Is.EqualTo(new[] { "proxy" }));
    }

    [Test]
    public void CreateAtomically_NewFile_WritesTheContentWithMode0600AndNoTemporaryFile()
    {
        var path = _directory.File("userkey.pem");

        SecureFile.CreateAtomically(path, "key"u8);

        Assert.That(File.ReadAllText(path), Is.EqualTo("key"));
        Assert.That(File.GetUnixFileMode(path), Is.EqualTo(SecureFile.OwnerReadWrite));
        Assert.That(_directory.Entries(), Is.EqualTo(new[] { "userkey.pem" }));
    }

    [Test]
    public void CreateAtomically_ExistingFile_IsRefusedAndUntouched()
    {
        var path = _directory.File("userkey.pem");
        File.WriteAllText(path, "old");

        var exception = Assert.Throws<MyProxyException>(() => SecureFile.CreateAtomically(path, "new"u8));

        Assert.That(exception.Message, Is.EqualTo($"refusing to write {path}: it exists."));
        Assert.That(File.ReadAllText(path), Is.EqualTo("old"));
    }

    [Test]
    public void CreateAtomically_FileAppearsWhileWriting_IsNotReplacedAndNoTemporaryFileIsLeft()
    {
        var path = _directory.File("userkey.pem");

        Assert.Throws<MyProxyException>(() => SecureFile.CreateAtomically(path, "new"u8, SecureFile.OwnerReadWrite, _ => File.WriteAllText(path, "theirs")));

        Assert.That(File.ReadAllText(path), Is.EqualTo("theirs"));
        Assert.That(_directory.Entries(), Is.EqualTo(new[] { "userkey.pem" }));
    }

    [Test]
    public void EnsureReplaceable_SymbolicLink_ThrowsTheRefusal()
    {
        var path = _directory.File("proxy");
        File.CreateSymbolicLink(path, _directory.File("elsewhere"));

        var exception = Assert.Throws<MyProxyException>(() => SecureFile.EnsureReplaceable(path));

        Assert.That(exception.Message, Is.EqualTo($"refusing to write {path}: it is a symbolic link; remove the link first."));
    }

    [Test]
    public void EnsureReplaceable_RegularFile_Accepts()
    {
        var path = _directory.File("proxy");
        File.WriteAllText(path, "old");

        Assert.DoesNotThrow(() => SecureFile.EnsureReplaceable(path));
    }

    [Test]
    public void CheckPrivateMode_OwnerOnly_ReturnsNull()
    {
        var path = _directory.File("key");
        SecureFile.WriteAtomically(path, "k"u8, UnixFileMode.UserRead);

        Assert.That(SecureFile.CheckPrivateMode(path), Is.Null);
    }

    [Test]
    public void CheckPrivateMode_GroupReadable_WarnsWithTheModeAndTheFix()
    {
        var path = _directory.File("key");
        SecureFile.WriteAtomically(path, "k"u8, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        Assert.That(SecureFile.CheckPrivateMode(path), Is.EqualTo($"{path} is accessible by other users (mode 0644); run 'chmod 600 {path}'."));
    }

    private static void Run(string tool, params string[] arguments)
    {
        using var process = Process.Start(tool, arguments);
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"{tool} failed");
    }
}
