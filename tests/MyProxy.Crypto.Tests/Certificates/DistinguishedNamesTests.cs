using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Certificates;
using MyProxy.Crypto.Tests.ValidationPki;

namespace MyProxy.Crypto.Tests.Certificates;

public sealed class DistinguishedNamesTests
{
    [Test]
    public void ToGlobusString_RdnsInEncodingOrder_SlashSeparated()
    {
        var name = TestNames.Build((TestNames.DomainComponent, "org"), (TestNames.DomainComponent, "example"), (TestNames.CommonName, "Alice Example"));

        Assert.That(DistinguishedNames.ToGlobusString(name), Is.EqualTo("/DC=org/DC=example/CN=Alice Example"));
    }

    [Test]
    public void ToGlobusString_KnownAttributes_UseOpenSslShortNames()
    {
        var name = new X500DistinguishedName("E=a@example.org, UID=alice, OU=Users, O=Grid, L=Town, S=State, C=XX");

        Assert.That(DistinguishedNames.ToGlobusString(name), Is.EqualTo("/C=XX/ST=State/L=Town/O=Grid/OU=Users/UID=alice/emailAddress=a@example.org"));
    }

    [Test]
    public void ToGlobusString_MultiValuedRdn_JoinsWithPlus()
    {
        var name = new X500DistinguishedName("CN=Alice + UID=alice, O=Grid");

        Assert.That(DistinguishedNames.ToGlobusString(name), Does.StartWith("/O=Grid/").And.Contain("+").And.Contain("CN=Alice").And.Contain("UID=alice"));
    }

    [Test]
    public void ToGlobusString_UnknownAttribute_UsesDottedOid()
    {
        var name = TestNames.Build(("1.2.3.4", "x"));

        Assert.That(DistinguishedNames.ToGlobusString(name), Is.EqualTo("/1.2.3.4=x"));
    }

    [Test]
    public void ToGlobusString_EmptyName_IsEmpty() =>
        Assert.That(DistinguishedNames.ToGlobusString(new X500DistinguishedName([0x30, 0x00])), Is.Empty);

    [Test]
    public void AreEquivalent_DifferentCaseSpacingAndStringType_IsTrue()
    {
        var printable = TestNames.Build((TestNames.Organization, "Grid Example"), (TestNames.CommonName, "Alice"));
        var utf8 = TestNames.Build(UniversalTagNumber.UTF8String, (TestNames.Organization, " grid   EXAMPLE "), (TestNames.CommonName, "alice"));

        Assert.That(DistinguishedNames.AreEquivalent(printable, utf8), Is.True);
    }

    [Test]
    public void AreEquivalent_DifferentValue_IsFalse() =>
        Assert.That(DistinguishedNames.AreEquivalent(TestNames.Build((TestNames.CommonName, "Alice")), TestNames.Build((TestNames.CommonName, "Bob"))), Is.False);

    [Test]
    public void AreEquivalent_ExtraRdn_IsFalse()
    {
        var name = TestNames.Build((TestNames.CommonName, "Alice"));

        Assert.That(DistinguishedNames.AreEquivalent(name, TestNames.Append(name, "1")), Is.False);
    }
}
