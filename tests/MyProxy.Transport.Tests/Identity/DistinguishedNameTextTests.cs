using System.Security.Cryptography.X509Certificates;
using MyProxy.Transport.Identity;

namespace MyProxy.Transport.Tests.Identity;

public sealed class DistinguishedNameTextTests
{
    private const string Dc = "0.9.2342.19200300.100.1.25";
    private const string Cn = "2.5.4.3";

    [Test]
    public void Parse_SlashFormWithSlashInCN_KeepsTheSlashInTheValue()
    {
        var rdns = DistinguishedNameText.Parse("/DC=org/DC=example/CN=host/localhost");

        Assert.That(rdns, Is.EqualTo(new[] { new NameAttribute(Dc, "org"), new NameAttribute(Dc, "example"), new NameAttribute(Cn, "host/localhost") }));
    }

    [Test]
    public void Parse_Rfc2253Form_ReversesIntoEncodingOrder()
    {
        var rdns = DistinguishedNameText.Parse("CN=host/localhost,DC=example,DC=org");

        Assert.That(rdns, Is.EqualTo(DistinguishedNameText.Parse("/DC=org/DC=example/CN=host/localhost")));
    }

    [Test]
    public void Parse_OpenSslEscapedSlash_IsTheSameName()
    {
        Assert.That(DistinguishedNameText.Parse(@"/DC=org/DC=example/CN=host\/localhost"), Is.EqualTo(DistinguishedNameText.Parse("/DC=org/DC=example/CN=host/localhost")));
    }

    [Test]
    public void Parse_Rfc2253EscapedComma_KeepsTheCommaInTheValue()
    {
        var rdns = DistinguishedNameText.Parse(@"CN=Smith\, John,O=Example");

        Assert.That(rdns[^1].Value, Is.EqualTo("Smith, John"));
    }

    [Test]
    public void Parse_HexEscape_IsDecoded()
    {
        Assert.That(DistinguishedNameText.Parse(@"/CN=a\2Fb")[0].Value, Is.EqualTo("a/b"));
    }

    [Test]
    public void Parse_NumericOid_IsAccepted()
    {
        Assert.That(DistinguishedNameText.Parse("/2.5.4.3=x")[0], Is.EqualTo(new NameAttribute(Cn, "x")));
    }

    [TestCase("")]
    [TestCase("/CN")]
    [TestCase("/XYZ=1")]
    public void Parse_NotAName_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => DistinguishedNameText.Parse(text));
    }

    [Test]
    public void ToSlashForm_HostCertificateName_HasNoEscapes()
    {
        var name = new X500DistinguishedName("CN=host/localhost, DC=example, DC=org");

        Assert.That(DistinguishedNameText.ToSlashForm(name), Is.EqualTo("/DC=org/DC=example/CN=host/localhost"));
    }

    [Test]
    public void Parse_SlashNotFollowedByAKeyword_StaysInTheValue()
    {
        Assert.That(DistinguishedNameText.Parse("/DC=org/CN=a/b/c")[^1].Value, Is.EqualTo("a/b/c"));
    }
}
