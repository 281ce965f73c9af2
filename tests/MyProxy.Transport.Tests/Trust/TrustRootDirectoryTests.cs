using MyProxy.Transport.Trust;

namespace MyProxy.Transport.Tests.Trust;

public sealed class TrustRootDirectoryTests
{
    private static TrustRootDirectory With(bool isRoot, string? certDir, params string[] existing)
    {
        var values = new Dictionary<string, string> { ["HOME"] = "/home/u" };
        if (certDir is not null)
        {
            values["X509_CERT_DIR"] = certDir;
        }

        return new TrustRootDirectory(name => values.GetValueOrDefault(name), isRoot, existing.Contains);
    }

    [Test]
    public void LocateForValidation_X509CertDirSet_UsesIt()
    {
        Assert.That(With(false, "/custom", "/home/u/.globus/certificates").LocateForValidation(), Is.EqualTo("/custom"));
    }

    [Test]
    public void LocateForValidation_UserDirectoryExists_PrefersItToTheSystemOne()
    {
        Assert.That(With(false, null, "/home/u/.globus/certificates", TrustRootDirectory.SystemDirectory).LocateForValidation(), Is.EqualTo("/home/u/.globus/certificates"));
    }

    [Test]
    public void LocateForValidation_OnlySystemDirectoryExists_UsesIt()
    {
        Assert.That(With(false, null, TrustRootDirectory.SystemDirectory).LocateForValidation(), Is.EqualTo(TrustRootDirectory.SystemDirectory));
    }

    [Test]
    public void LocateForValidation_NothingExists_IsNull()
    {
        Assert.That(With(false, null).LocateForValidation(), Is.Null);
    }

    [Test]
    public void LocateForInstall_Root_UsesTheSystemDirectory()
    {
        Assert.That(With(true, null, "/home/u/.globus/certificates").LocateForInstall(), Is.EqualTo(TrustRootDirectory.SystemDirectory));
    }

    [Test]
    public void LocateForInstall_User_UsesTheHomeDirectoryEvenIfMissing()
    {
        Assert.That(With(false, null).LocateForInstall(), Is.EqualTo("/home/u/.globus/certificates"));
    }

    [Test]
    public void LocateForInstall_X509CertDirSet_WinsEvenForRoot()
    {
        Assert.That(With(true, "/custom").LocateForInstall(), Is.EqualTo("/custom"));
    }

    [Test]
    public void LocateForInstall_UserWithoutHome_Throws()
    {
        var directory = new TrustRootDirectory(_ => null, isRoot: false, _ => false);

        Assert.Throws<MyProxyTrustRootException>(() => directory.LocateForInstall());
    }
}
