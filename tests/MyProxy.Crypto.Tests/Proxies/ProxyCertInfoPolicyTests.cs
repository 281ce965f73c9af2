using MyProxy.Crypto.Proxies;

namespace MyProxy.Crypto.Tests.Proxies;

public sealed class ProxyCertInfoPolicyTests
{
    [TestCase(ProxyObjectIdentifiers.InheritAll, ProxyPolicyKind.InheritAll)]
    [TestCase(ProxyObjectIdentifiers.LimitedProxy, ProxyPolicyKind.Limited)]
    [TestCase(ProxyObjectIdentifiers.Independent, ProxyPolicyKind.Independent)]
    [TestCase(ProxyObjectIdentifiers.AnyLanguage, ProxyPolicyKind.Restricted)]
    [TestCase("1.3.6.1.4.1.3536.1.1.1.8", ProxyPolicyKind.Restricted)]
    public void Kind_PolicyLanguage_MapsToPolicyKind(string language, ProxyPolicyKind kind)
    {
        Assert.That(new ProxyCertInfo(null, language).Kind, Is.EqualTo(kind));
    }

    [TestCase(ProxyPolicyKind.InheritAll, ProxyObjectIdentifiers.InheritAll)]
    [TestCase(ProxyPolicyKind.Limited, ProxyObjectIdentifiers.LimitedProxy)]
    [TestCase(ProxyPolicyKind.Independent, ProxyObjectIdentifiers.Independent)]
    public void LanguageFor_KnownKind_ReturnsItsOid(ProxyPolicyKind kind, string language)
    {
        Assert.That(ProxyCertInfo.LanguageFor(kind), Is.EqualTo(language));
    }

    [Test]
    public void LanguageFor_Restricted_Throws()
    {
        Assert.That(() => ProxyCertInfo.LanguageFor(ProxyPolicyKind.Restricted), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void LanguageFor_UndefinedKind_Throws()
    {
        Assert.That(() => ProxyCertInfo.LanguageFor((ProxyPolicyKind)42), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [TestCase(ProxyCertificateFormat.Rfc3820, ProxyObjectIdentifiers.ProxyCertInfo)]
    [TestCase(ProxyCertificateFormat.Draft, ProxyObjectIdentifiers.DraftProxyCertInfo)]
    public void ExtensionOidFor_FormatWithExtension_ReturnsItsOid(ProxyCertificateFormat format, string oid)
    {
        Assert.That(ProxyCertInfo.ExtensionOidFor(format), Is.EqualTo(oid));
    }

    [Test]
    public void ExtensionOidFor_Legacy_Throws()
    {
        Assert.That(() => ProxyCertInfo.ExtensionOidFor(ProxyCertificateFormat.Legacy), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void ExtensionOidFor_UndefinedFormat_Throws()
    {
        Assert.That(() => ProxyCertInfo.ExtensionOidFor((ProxyCertificateFormat)42), Throws.TypeOf<ArgumentOutOfRangeException>());
    }
}
