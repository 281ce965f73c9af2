using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Proxies;
using MyProxy.Crypto.Summary;
using MyProxy.Crypto.Tests.ValidationPki;

namespace MyProxy.Crypto.Tests.Summary;

public sealed class CredentialSummaryTests
{
    private static readonly Issued Ca = Pki.RootCa();

    [TestCase(ProxyCertificateFormat.Rfc3820, ProxyPolicyKind.InheritAll, "RFC 3820 compliant impersonation proxy")]
    [TestCase(ProxyCertificateFormat.Rfc3820, ProxyPolicyKind.Limited, "RFC 3820 compliant limited proxy")]
    [TestCase(ProxyCertificateFormat.Rfc3820, ProxyPolicyKind.Independent, "RFC 3820 compliant independent proxy")]
    [TestCase(ProxyCertificateFormat.Rfc3820, ProxyPolicyKind.Restricted, "RFC 3820 compliant restricted proxy")]
    [TestCase(ProxyCertificateFormat.Draft, ProxyPolicyKind.InheritAll, "Proxy draft (pre-RFC) compliant impersonation proxy")]
    [TestCase(ProxyCertificateFormat.Draft, ProxyPolicyKind.Limited, "Proxy draft (pre-RFC) compliant limited proxy")]
    [TestCase(ProxyCertificateFormat.Draft, ProxyPolicyKind.Independent, "Proxy draft (pre-RFC) compliant independent proxy")]
    [TestCase(ProxyCertificateFormat.Draft, ProxyPolicyKind.Restricted, "Proxy draft (pre-RFC) compliant restricted proxy")]
    [TestCase(ProxyCertificateFormat.Legacy, ProxyPolicyKind.InheritAll, "full legacy globus proxy")]
    [TestCase(ProxyCertificateFormat.Legacy, ProxyPolicyKind.Limited, "limited legacy globus proxy")]
    public void Create_Proxy_TypeDescriptionAsGridProxyInfo(ProxyCertificateFormat format, ProxyPolicyKind policy, string expected)
    {
        var user = Pki.EndEntity(Ca);
        var language = policy == ProxyPolicyKind.Restricted ? "1.3.6.1.4.1.3536.1.1.1.8" : null;
        var proxy = Pki.Proxy(user, new ProxySpec { Format = format, Policy = policy, PolicyLanguage = language });

        Assert.That(CredentialSummary.Create(Pki.Chain(proxy, user), Pki.Now).TypeDescription, Is.EqualTo(expected));
    }

    [Test]
    public void Create_EndEntity_DescribedAsEndEntityCredential()
    {
        var summary = CredentialSummary.Create(Pki.Chain(Pki.EndEntity(Ca)), Pki.Now);

        Assert.Multiple(() =>
        {
            Assert.That(summary.TypeDescription, Is.EqualTo("end entity credential"));
            Assert.That(summary.IsProxy, Is.False);
            Assert.That(summary.Identity, Is.EqualTo("/DC=org/DC=example/CN=Alice Example"));
        });
    }

    [Test]
    public void Create_ProxyChain_NamesSubjectIssuerIdentityAndEndEntity()
    {
        var user = Pki.EndEntity(Ca);
        var first = Pki.Proxy(user);
        var leaf = Pki.Proxy(first);

        var summary = CredentialSummary.Create(Pki.Chain(leaf, first, user), Pki.Now, "/tmp/x509up_u1000");

        Assert.Multiple(() =>
        {
            Assert.That(summary.Subject, Is.EqualTo(MyProxy.Crypto.Certificates.DistinguishedNames.ToGlobusString(leaf.Certificate.SubjectName)));
            Assert.That(summary.Issuer, Is.EqualTo(MyProxy.Crypto.Certificates.DistinguishedNames.ToGlobusString(first.Certificate.SubjectName)));
            Assert.That(summary.Identity, Is.EqualTo("/DC=org/DC=example/CN=Alice Example"));
            Assert.That(summary.EndEntitySubject, Is.EqualTo("/DC=org/DC=example/CN=Alice Example"));
            Assert.That(summary.IsProxy, Is.True);
            Assert.That(summary.Path, Is.EqualTo("/tmp/x509up_u1000"));
        });
    }

    [Test]
    public void Create_IndependentProxy_IdentityIsProxySubject()
    {
        var user = Pki.EndEntity(Ca);
        var proxy = Pki.Proxy(user, new ProxySpec { Policy = ProxyPolicyKind.Independent });

        var summary = CredentialSummary.Create(Pki.Chain(proxy, user), Pki.Now);

        Assert.That(summary.Identity, Is.EqualTo(summary.Subject));
    }

    [Test]
    public void Create_LimitedProxyInMiddle_IsLimited()
    {
        var user = Pki.EndEntity(Ca);
        var limited = Pki.Proxy(user, new ProxySpec { Policy = ProxyPolicyKind.Limited });

        Assert.That(CredentialSummary.Create(Pki.Chain(Pki.Proxy(limited), limited, user), Pki.Now).IsLimited, Is.True);
    }

    [Test]
    public void Create_RsaKey_StrengthIsModulusSize() =>
        Assert.That(CredentialSummary.Create(Pki.Chain(Pki.EndEntity(Ca)), Pki.Now).StrengthBits, Is.EqualTo(2048));

    [TestCase("nistP256", 576)]
    [TestCase("nistP384", 832)]
    [TestCase("nistP521", 1128)]
    public void Create_EcKey_StrengthIsEightTimesMaximumSignatureSize(string curve, int expected)
    {
        using var key = ECDsa.Create(ECCurve.CreateFromFriendlyName(curve));
        using var certificate = new CertificateRequest("CN=ec", key, HashAlgorithmName.SHA256).CreateSelfSigned(Pki.Now.AddDays(-1), Pki.Now.AddDays(1));

        Assert.That(CredentialSummary.Create([certificate], Pki.Now).StrengthBits, Is.EqualTo(expected));
    }

    [Test]
    public void Create_ProxyOutlivingEndEntity_TimeLeftIsChainMinimum()
    {
        var user = Pki.EndEntity(Ca, notBefore: Pki.Now.AddDays(-1), notAfter: Pki.Now.AddHours(2));
        var proxy = Pki.Proxy(user);

        var summary = CredentialSummary.Create(Pki.Chain(proxy, user), Pki.Now);

        Assert.Multiple(() =>
        {
            Assert.That(summary.TimeLeft, Is.EqualTo(TimeSpan.FromHours(2)));
            Assert.That(summary.NotAfter, Is.EqualTo(Pki.Now.AddHours(2)));
        });
    }

    [Test]
    public void Create_Expired_TimeLeftIsZero() =>
        Assert.That(CredentialSummary.Create(Pki.Chain(Pki.Proxy(Pki.EndEntity(Ca))), Pki.Now.AddDays(1)).TimeLeft, Is.EqualTo(TimeSpan.Zero));

    [Test]
    public void Create_PathLength_RemainingReported()
    {
        var user = Pki.EndEntity(Ca);
        var first = Pki.Proxy(user, new ProxySpec { PathLength = 3 });

        Assert.That(CredentialSummary.Create(Pki.Chain(Pki.Proxy(first), first, user), Pki.Now).RemainingPathLength, Is.EqualTo(2));
    }

    [Test]
    public void Create_VomsExtension_FqansAndVo()
    {
        var user = Pki.EndEntity(Ca);
        var voms = VomsTestExtension.Create("dteam://voms.example.org:15004", "/dteam/Role=NULL/Capability=NULL", "/dteam/test/Role=NULL/Capability=NULL");
        var proxy = Pki.Proxy(user, new ProxySpec { ExtraExtensions = [voms] });

        var summary = CredentialSummary.Create(Pki.Chain(Pki.Proxy(proxy), proxy, user), Pki.Now);

        Assert.Multiple(() =>
        {
            Assert.That(summary.VomsVirtualOrganization, Is.EqualTo("dteam"));
            Assert.That(summary.VomsFqans, Is.EqualTo(new[] { "/dteam/Role=NULL/Capability=NULL", "/dteam/test/Role=NULL/Capability=NULL" }));
        });
    }

    [Test]
    public void Create_NoVoms_EmptyFqans() =>
        Assert.That(CredentialSummary.Create(Pki.Chain(Pki.Proxy(Pki.EndEntity(Ca))), Pki.Now).VomsFqans, Is.Empty);

    [Test]
    public void Create_DiracGroups_ClosestToEndEntityWins()
    {
        var user = Pki.EndEntity(Ca);
        var first = Pki.Proxy(user, new ProxySpec { ExtraExtensions = [VomsTestExtension.DiracGroup("dirac_user")] });
        var leaf = Pki.Proxy(first, new ProxySpec { ExtraExtensions = [VomsTestExtension.DiracGroup("dirac_admin")] });

        Assert.That(CredentialSummary.Create(Pki.Chain(leaf, first, user), Pki.Now).DiracGroup, Is.EqualTo("dirac_user"));
    }

    [Test]
    public void Create_EmptyChain_Throws() =>
        Assert.Throws<ArgumentException>(() => CredentialSummary.Create([], Pki.Now));

    [TestCase(43199, "11:59:59")]
    [TestCase(0, "0:00:00")]
    [TestCase(-5, "0:00:00")]
    [TestCase(5, "0:00:05")]
    [TestCase(129600, "36:00:00")]
    public void FormatTimeLeft_Seconds_AsGridProxyInfo(int seconds, string expected) =>
        Assert.That(CredentialSummary.FormatTimeLeft(TimeSpan.FromSeconds(seconds)), Is.EqualTo(expected));
}
