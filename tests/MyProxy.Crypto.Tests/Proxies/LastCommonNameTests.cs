using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Proxies;
using MyProxy.Crypto.Tests.TestCertificates;

namespace MyProxy.Crypto.Tests.Proxies;

public sealed class LastCommonNameTests
{
    [Test]
    public void LastCommonName_ProxySubject_ReturnsTheAppendedCn()
    {
        Assert.That(ProxyCertificateClassifier.LastCommonName(TestCertificateFactory.UserWithCommonName("1234")), Is.EqualTo("1234"));
    }

    [Test]
    public void LastCommonName_ProxySubject_IsTheLastRdnOfTheDer()
    {
        var name = TestCertificateFactory.UserWithCommonName("1234");

        Assert.That(name.EnumerateRelativeDistinguishedNames(reversed: false).Last().GetSingleElementValue(), Is.EqualTo("1234"));
    }

    [Test]
    public void LastCommonName_MultiValuedLastRdn_ReturnsNull()
    {
        Assert.That(ProxyCertificateClassifier.LastCommonName(TestCertificateFactory.UserWithMultiValuedLastRdn("proxy")), Is.Null);
    }

    [Test]
    public void LastCommonName_LastRdnNotCn_ReturnsNull()
    {
        Assert.That(ProxyCertificateClassifier.LastCommonName(new X500DistinguishedName("O=Example, CN=proxy")), Is.Null);
    }

    [Test]
    public void LastCommonName_EmptyName_ReturnsNull()
    {
        Assert.That(ProxyCertificateClassifier.LastCommonName(new X500DistinguishedName([0x30, 0x00])), Is.Null);
    }

    [Test]
    public void LastCommonName_Null_Throws()
    {
        Assert.That(() => ProxyCertificateClassifier.LastCommonName(null!), Throws.ArgumentNullException);
    }
}
