using System.Text;
using MyProxy.Protocol.Responses;
using MyProxy.Transport.Trust;

namespace MyProxy.Transport.Tests.Trust;

public sealed class TrustRootInstallerIsInstalledTests
{
    private string _directory = string.Empty;

    [SetUp]
    public void CreateDirectory()
    {
        _directory = Directory.CreateTempSubdirectory("myproxy-installed-").FullName;
        File.WriteAllText(Path.Combine(_directory, "a.0"), "cert");
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void IsInstalled_SameBytes_IsTrue() =>
        Assert.That(TrustRootInstaller.IsInstalled(_directory, [Root("a.0", "cert")]), Is.True);

    [Test]
    public void IsInstalled_OtherBytes_IsFalse() =>
        Assert.That(TrustRootInstaller.IsInstalled(_directory, [Root("a.0", "re-keyed cert")]), Is.False);

    [Test]
    public void IsInstalled_OneFileMissing_IsFalse() =>
        Assert.That(TrustRootInstaller.IsInstalled(_directory, [Root("a.0", "cert"), Root("b.0", "other")]), Is.False);

    [Test]
    public void IsInstalled_UnsafeNameOfAnIdenticalFile_IsFalse()
    {
        File.WriteAllText(Path.Combine(_directory, "..", Path.GetFileName(_directory) + "-escaped.0"), "cert");
        try
        {
            Assert.That(TrustRootInstaller.IsInstalled(_directory, [Root($"../{Path.GetFileName(_directory)}-escaped.0", "cert")]), Is.False);
        }
        finally
        {
            File.Delete(Path.Combine(_directory, "..", Path.GetFileName(_directory) + "-escaped.0"));
        }
    }

    [Test]
    public void IsInstalled_TargetIsALinkToTheSameBytes_IsFalse()
    {
        File.Move(Path.Combine(_directory, "a.0"), Path.Combine(_directory, "real.pem"));
        File.CreateSymbolicLink(Path.Combine(_directory, "a.0"), Path.Combine(_directory, "real.pem"));

        Assert.That(TrustRootInstaller.IsInstalled(_directory, [Root("a.0", "cert")]), Is.False);
    }

    private static TrustRootFile Root(string name, string contents) => new(name, Encoding.ASCII.GetBytes(contents));
}
