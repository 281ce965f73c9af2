using System.Runtime.Versioning;
using MyProxy.Cli.Commands.Network;
using MyProxy.Crypto.Tests.Support;

namespace MyProxy.Cli.Tests.Commands.Network;

[Platform(Exclude = "Win")]
[UnsupportedOSPlatform("windows")]
public sealed class PrivateFileTests
{
    private TemporaryDirectory _directory = null!;

    [SetUp]
    public void SetUp() => _directory = new TemporaryDirectory();

    [TearDown]
    public void TearDown() => _directory.Dispose();

    [Test]
    public void WriteNew_NewFile_IsOwnerOnlyWithNothingElseLeft()
    {
        var path = _directory.File("userkey.pem");

        PrivateFile.WriteNew(path, "key");

        Assert.That(File.ReadAllText(path), Is.EqualTo("key"));
        Assert.That(File.GetUnixFileMode(path), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        Assert.That(_directory.Entries(), Is.EqualTo(new[] { "userkey.pem" }));
    }

    [Test]
    public void WriteNew_ExistingFile_ThrowsTheCMessageAndLeavesIt()
    {
        var path = _directory.File("userkey.pem");
        File.WriteAllText(path, "old");

        var exception = Assert.Throws<CToolMessageException>(() => PrivateFile.WriteNew(path, "key"));

        Assert.That(exception!.Message, Is.EqualTo($"{path} exists."));
        Assert.That(File.ReadAllText(path), Is.EqualTo("old"));
    }

    [Test]
    public void WriteNew_DanglingSymbolicLink_IsRefusedAndNothingIsCreatedWhereItPoints()
    {
        var path = _directory.File("userkey.pem");
        var nowhere = _directory.File("nowhere");
        File.CreateSymbolicLink(path, nowhere);

        Assert.Throws<CToolMessageException>(() => PrivateFile.WriteNew(path, "key"));

        Assert.That(File.Exists(nowhere), Is.False);
    }

    [Test]
    public void Replace_SymbolicLink_IsRefusedAndWhatItPointsToUntouched()
    {
        var path = _directory.File("chain.pem");
        var target = _directory.File("target");
        File.WriteAllText(target, "mine");
        File.CreateSymbolicLink(path, target);

        var exception = Assert.Throws<MyProxyException>(() => PrivateFile.Replace(path, "chain"));

        Assert.That(exception!.Message, Is.EqualTo($"refusing to write {path}: it is a symbolic link; remove the link first."));
        Assert.That(File.ReadAllText(target), Is.EqualTo("mine"));
    }

    [Test]
    public void Replace_ExistingWorldReadableFile_BecomesOwnerOnly()
    {
        var path = _directory.File("chain.pem");
        File.WriteAllText(path, "old");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);

        PrivateFile.Replace(path, "chain");

        Assert.That(File.ReadAllText(path), Is.EqualTo("chain"));
        Assert.That(File.GetUnixFileMode(path), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }
}
