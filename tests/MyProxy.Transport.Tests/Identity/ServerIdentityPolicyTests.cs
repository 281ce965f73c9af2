using System.Net;
using MyProxy.Transport.Identity;

namespace MyProxy.Transport.Tests.Identity;

public sealed class ServerIdentityPolicyTests
{
    [TestCase("CN=host/localhost, DC=example, DC=org")]
    [TestCase("CN=myproxy/localhost, DC=example, DC=org")]
    [TestCase("CN=localhost, DC=example, DC=org")]
    [TestCase("CN=HOST/LocalHost, DC=example, DC=org")]
    public void Matches_HostName_AcceptsTheCommonNameForms(string subject)
    {
        using var certificate = TestCertificates.WithSubject(subject);

        Assert.That(ServerIdentityPolicy.HostName.Matches("localhost", certificate), Is.True);
    }

    [TestCase("CN=host/otherhost, DC=example, DC=org")]
    [TestCase("CN=ldap/localhost, DC=example, DC=org")]
    [TestCase("CN=host/localhost.evil, DC=example, DC=org")]
    [TestCase("CN=Other, CN=host/localhost, DC=example, DC=org")]
    public void Matches_HostName_RefusesOtherNames(string subject)
    {
        using var certificate = TestCertificates.WithSubject(subject);

        Assert.That(ServerIdentityPolicy.HostName.Matches("localhost", certificate), Is.False);
    }

    [Test]
    public void Matches_SubjectAltNameDnsEqualIgnoringCase_Accepts()
    {
        using var certificate = TestCertificates.WithSubject("CN=Some Service", dnsNames: ["MyProxy.Example.org"]);

        Assert.That(ServerIdentityPolicy.HostName.Matches("myproxy.example.org", certificate), Is.True);
    }

    [TestCase("*.example.org", "myproxy.example.org", true)]
    [TestCase("*.example.org", "a.b.example.org", false)]
    [TestCase("*.example.org", "example.org", false)]
    [TestCase("my*.example.org", "myproxy.example.org", false)]
    [TestCase("myproxy.*.org", "myproxy.example.org", false)]
    [TestCase("*.org", "example.org", false)]
    public void Matches_SubjectAltNameWildcard_OnlyTheWholeLeftMostLabel(string pattern, string host, bool expected)
    {
        using var certificate = TestCertificates.WithSubject("CN=Some Service", dnsNames: [pattern]);

        Assert.That(ServerIdentityPolicy.HostName.Matches(host, certificate), Is.EqualTo(expected));
    }

    [Test]
    public void Matches_AddressInSubjectAltName_Accepts()
    {
        using var certificate = TestCertificates.WithSubject("CN=Some Service", addresses: [IPAddress.Loopback]);

        Assert.That(ServerIdentityPolicy.HostName.Matches("127.0.0.1", certificate), Is.True);
    }

    [Test]
    public void Matches_AddressAgainstHostCommonName_Refuses()
    {
        using var certificate = TestCertificates.WithSubject("CN=host/localhost, DC=example, DC=org");

        Assert.That(ServerIdentityPolicy.HostName.Matches("127.0.0.1", certificate), Is.False);
    }

    [TestCase("/DC=org/DC=example/CN=host/localhost")]
    [TestCase("CN=host/localhost,DC=example,DC=org")]
    [TestCase(@"/DC=org/DC=example/CN=host\/localhost")]
    [TestCase("/dc=ORG/dc=Example/cn=host/localhost")]
    public void Matches_PinnedSameNameInAnyForm_Accepts(string pinned)
    {
        using var certificate = TestCertificates.WithSubject("CN=host/localhost, DC=example, DC=org");

        Assert.That(ServerIdentityPolicy.Pinned(pinned).Matches("anything", certificate), Is.True);
    }

    [TestCase("/DC=org/DC=example/CN=host/otherhost")]
    [TestCase("/DC=example/DC=org/CN=host/localhost")]
    [TestCase("/DC=org/DC=example")]
    public void Matches_PinnedDifferentName_Refuses(string pinned)
    {
        using var certificate = TestCertificates.WithSubject("CN=host/localhost, DC=example, DC=org");

        Assert.That(ServerIdentityPolicy.Pinned(pinned).Matches("localhost", certificate), Is.False);
    }

    [Test]
    public void Matches_PinnedDN_IgnoresTheHostName()
    {
        using var certificate = TestCertificates.WithSubject("CN=host/elsewhere, DC=example, DC=org");

        Assert.That(ServerIdentityPolicy.Pinned("/DC=org/DC=example/CN=host/elsewhere").Matches("localhost", certificate), Is.True);
    }

    [Test]
    public void Check_WrongHost_SaysWhatWasPresentedAndHowToPin()
    {
        using var certificate = TestCertificates.WithSubject("CN=host/otherhost, DC=example, DC=org");

        var exception = Assert.Throws<MyProxyServerIdentityException>(() => ServerIdentityPolicy.HostName.Check("localhost", certificate));

        Assert.That(exception!.Message, Is.EqualTo(
            "the server localhost presented /DC=org/DC=example/CN=host/otherhost, which is not a certificate for localhost; if you trust it, set MYPROXY_SERVER_DN=\"/DC=org/DC=example/CN=host/otherhost\""));
    }

    [Test]
    public void Check_WrongPin_NamesThePin()
    {
        using var certificate = TestCertificates.WithSubject("CN=host/localhost, DC=example, DC=org");

        var exception = Assert.Throws<MyProxyServerIdentityException>(() => ServerIdentityPolicy.Pinned("/CN=other").Check("localhost", certificate));

        Assert.That(exception!.Message, Does.Contain("but MYPROXY_SERVER_DN requires /CN=other"));
    }

    [Test]
    public void Check_Refused_CarriesThePresentedSubject()
    {
        using var certificate = TestCertificates.WithSubject("CN=host/otherhost, DC=example, DC=org");

        var exception = Assert.Throws<MyProxyServerIdentityException>(() => ServerIdentityPolicy.HostName.Check("localhost", certificate));

        Assert.That(exception!.PresentedSubject, Is.EqualTo("/DC=org/DC=example/CN=host/otherhost"));
    }

    [Test]
    public void Pinned_NotAName_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => ServerIdentityPolicy.Pinned("nonsense"));
    }
}
