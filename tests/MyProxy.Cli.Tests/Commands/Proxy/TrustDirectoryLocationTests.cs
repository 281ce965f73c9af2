using MyProxy.Cli.Commands.Proxy;
using MyProxy.Crypto.Tests.Support;

namespace MyProxy.Cli.Tests.Commands.Proxy;

public sealed class TrustDirectoryLocationTests
{
    [Test]
    public void Default_VariableSet_IsTheVariable()
    {
        Assert.That(TrustDirectoryLocation.Default(name => name == "X509_CERT_DIR" ? "/trust" : null), Is.EqualTo("/trust"));
    }

    [Test]
    public void Default_PersonalDirectoryExists_IsThePersonalDirectory()
    {
        using var home = new TemporaryDirectory();
        var personal = Directory.CreateDirectory(Path.Combine(home.Path, ".globus", "certificates")).FullName;

        Assert.That(TrustDirectoryLocation.Default(name => name == "HOME" ? home.Path : null), Is.EqualTo(personal));
    }

    [Test]
    public void Default_NothingConfigured_IsTheSystemDirectory()
    {
        using var home = new TemporaryDirectory();

        Assert.That(TrustDirectoryLocation.Default(name => name == "HOME" ? home.Path : null), Is.EqualTo("/etc/grid-security/certificates"));
    }
}
