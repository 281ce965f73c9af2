using MyProxy.Client.Strategies;
using MyProxy.Client.Tests.Support;
using MyProxy.Crypto.Credentials;

namespace MyProxy.Client.Tests.Strategies;

/// <summary>The C tools' search order, over a fake environment and file system.</summary>
public sealed class GlobusCredentialLocatorTests
{
    private static readonly string DefaultProxy = ProxyFileLocation.DefaultProxyPath(_ => null);

    private static CredentialLocation? Locate(FakeEnvironment environment, bool isRoot = false, params string[] existing) =>
        new GlobusCredentialLocator(environment, existing.Contains, isRoot).Locate();

    [Test]
    public void Locate_UserProxyVariable_WinsEvenIfOthersExist() =>
        Assert.That(Locate(new FakeEnvironment().Set("X509_USER_PROXY", "/p.pem").Set("X509_USER_CERT", "/c.pem"), false, DefaultProxy),
            Is.EqualTo(new CredentialLocation("/p.pem", "/p.pem", CredentialSource.ProxyFile)));

    [Test]
    public void Locate_DefaultProxyFileExists_IsThatFile() =>
        Assert.That(Locate(new FakeEnvironment().Set("X509_USER_CERT", "/c.pem"), false, DefaultProxy)!.CertificatePath, Is.EqualTo(DefaultProxy));

    [Test]
    public void Locate_UserCertVariables_AreUsedAfterTheProxies() =>
        Assert.That(Locate(new FakeEnvironment().Set("X509_USER_CERT", "/c.pem").Set("X509_USER_KEY", "/k.pem")),
            Is.EqualTo(new CredentialLocation("/c.pem", "/k.pem", CredentialSource.UserCertificate)));

    [Test]
    public void Locate_RootWithHostCertificate_IsTheHostCredential() =>
        Assert.That(Locate(new FakeEnvironment().Set("HOME", "/root"), true, GlobusCredentialLocator.HostCertificatePath, "/root/.globus/usercert.pem")!.Source,
            Is.EqualTo(CredentialSource.HostCertificate));

    [Test]
    public void Locate_GlobusDirectory_IsTheLastResort() =>
        Assert.That(Locate(new FakeEnvironment().Set("HOME", "/home/u"), false, "/home/u/.globus/usercert.pem"),
            Is.EqualTo(new CredentialLocation("/home/u/.globus/usercert.pem", "/home/u/.globus/userkey.pem", CredentialSource.UserCertificate)));

    [Test]
    public void Locate_Nothing_IsNull() =>
        Assert.That(Locate(new FakeEnvironment().Set("HOME", "/home/u")), Is.Null);
}
