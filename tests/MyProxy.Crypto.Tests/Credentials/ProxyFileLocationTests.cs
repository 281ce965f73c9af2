using System.Diagnostics;
using MyProxy.Crypto.Credentials;

namespace MyProxy.Crypto.Tests.Credentials;

public class ProxyFileLocationTests
{
    [Test]
    public void DefaultProxyPath_X509UserProxySet_ReturnsIt()
    {
        var environment = Environment(("X509_USER_PROXY", "/home/alice/proxy.pem"));

        Assert.That(ProxyFileLocation.DefaultProxyPath(environment), Is.EqualTo("/home/alice/proxy.pem"));
    }

    [Test]
    [Platform(Exclude = "Win")]
    public void DefaultProxyPath_Unset_ReturnsTmpX509upWithTheRealUserId()
    {
        Assert.That(ProxyFileLocation.DefaultProxyPath(Environment()), Is.EqualTo($"/tmp/x509up_u{IdU()}"));
    }

    [Test]
    [Platform(Exclude = "Win")]
    public void DefaultProxyPath_EmptyVariable_CountsAsUnset()
    {
        Assert.That(ProxyFileLocation.DefaultProxyPath(Environment(("X509_USER_PROXY", ""))), Is.EqualTo($"/tmp/x509up_u{IdU()}"));
    }

    [Test]
    public void ProxyPathForUser_UserId_FollowsTheGlobusPattern()
    {
        Assert.That(ProxyFileLocation.ProxyPathForUser(1000), Is.EqualTo("/tmp/x509up_u1000"));
    }

    [Test]
    public void UserCertificatePath_X509UserCertSet_ReturnsIt()
    {
        Assert.That(ProxyFileLocation.UserCertificatePath(Environment(("X509_USER_CERT", "/c.pem"), ("HOME", "/home/alice"))), Is.EqualTo("/c.pem"));
    }

    [Test]
    public void UserCertificatePath_Unset_ReturnsGlobusDirectoryInHome()
    {
        Assert.That(ProxyFileLocation.UserCertificatePath(Environment(("HOME", "/home/alice"))), Is.EqualTo("/home/alice/.globus/usercert.pem"));
    }

    [Test]
    public void UserKeyPath_X509UserKeySet_ReturnsIt()
    {
        Assert.That(ProxyFileLocation.UserKeyPath(Environment(("X509_USER_KEY", "/k.pem"), ("HOME", "/home/alice"))), Is.EqualTo("/k.pem"));
    }

    [Test]
    public void UserKeyPath_Unset_ReturnsGlobusDirectoryInHome()
    {
        Assert.That(ProxyFileLocation.UserKeyPath(Environment(("HOME", "/home/alice"))), Is.EqualTo("/home/alice/.globus/userkey.pem"));
    }

    [Test]
    public void UserKeyPath_CertificateVariableSet_DoesNotAffectTheKey()
    {
        Assert.That(ProxyFileLocation.UserKeyPath(Environment(("X509_USER_CERT", "/c.pem"), ("HOME", "/h"))), Is.EqualTo("/h/.globus/userkey.pem"));
    }

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => v.Value);
        return name => map.GetValueOrDefault(name);
    }

    private static string IdU()
    {
        using var process = Process.Start(new ProcessStartInfo("id", "-u") { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return output;
    }
}
