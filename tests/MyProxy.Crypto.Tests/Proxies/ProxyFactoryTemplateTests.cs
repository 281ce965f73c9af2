using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Proxies;
using MyProxy.Crypto.Tests.Support;

namespace MyProxy.Crypto.Tests.Proxies;

/// <summary>The fields of a new proxy: names, serial, validity, key usage and the extension list.</summary>
[TestFixtureSource(typeof(Contract.Backends), nameof(Contract.Backends.All))]
public sealed class ProxyFactoryTemplateTests(ICryptoProvider crypto)
{
    private static TestPki Pki => TestPki.Shared;

    [Test]
    public void SignPublicKey_Rfc_SubjectIsIssuerRdnsBytesPlusPrintableSerialCn()
    {
        using var proxy = ProxyChains.FromUser(crypto, new ProxyOptions());

        var serial = new BigInteger(proxy.Certificate.SerialNumberBytes.Span, isUnsigned: false, isBigEndian: true);
        var expected = WithCommonName(Pki.User.SubjectName, serial.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.That(proxy.Certificate.SubjectName.RawData, Is.EqualTo(expected));
    }

    [Test]
    public void SignPublicKey_Any_IssuerNameIsIssuersSubjectBytes()
    {
        using var proxy = ProxyChains.FromUser(crypto, new ProxyOptions());

        Assert.That(proxy.Certificate.IssuerName.RawData, Is.EqualTo(Pki.User.SubjectName.RawData));
    }

    [Test]
    public void SignPublicKey_Rfc_SerialIsPositiveAndAtMost63Bits()
    {
        var scripted = new ScriptedCryptoProvider(crypto);
        scripted.QueueRandom([0xFF]);
        using var user = Pki.UserCredential();
        using var key = TestKeys.Rsa();

        using var proxy = ProxyChains.Factory(scripted).SignPublicKey(user, new PublicKey(key), new ProxyOptions());

        Assert.That(Convert.ToHexString(proxy.SerialNumberBytes.Span), Is.EqualTo("7FFFFFFFFFFFFFFF"));
    }

    [Test]
    public void SignPublicKey_RandomIsZero_DrawsAgain()
    {
        var scripted = new ScriptedCryptoProvider(crypto);
        scripted.QueueRandom([0x00], [0x80, 0, 0, 0, 0, 0, 0, 0x2A]);
        using var user = Pki.UserCredential();
        using var key = TestKeys.Rsa();

        using var proxy = ProxyChains.Factory(scripted).SignPublicKey(user, new PublicKey(key), new ProxyOptions());

        Assert.That(Convert.ToHexString(proxy.SerialNumberBytes.Span), Is.EqualTo("2A"));
    }

    [TestCase(ProxyPolicyKind.InheritAll, "proxy")]
    [TestCase(ProxyPolicyKind.Limited, "limited proxy")]
    public void SignPublicKey_Legacy_KeepsIssuerSerialAndNamesByPolicy(ProxyPolicyKind policy, string commonName)
    {
        using var proxy = ProxyChains.FromUser(crypto, new ProxyOptions { Format = ProxyCertificateFormat.Legacy, Policy = policy });

        var expectedSubject = WithCommonName(Pki.User.SubjectName, commonName);
        Assert.Multiple(() =>
        {
            Assert.That(proxy.Certificate.SerialNumberBytes.ToArray(), Is.EqualTo(Pki.User.SerialNumberBytes.ToArray()));
            Assert.That(proxy.Certificate.SubjectName.RawData, Is.EqualTo(expectedSubject));
        });
    }

    [Test]
    public void SignPublicKey_Lifetime_StartsFiveMinutesAgoAndLastsTheLifetime()
    {
        using var proxy = ProxyChains.FromUser(crypto, new ProxyOptions { Lifetime = TimeSpan.FromHours(3) });

        Assert.Multiple(() =>
        {
            Assert.That(proxy.Certificate.NotBefore.ToUniversalTime(), Is.EqualTo(Pki.Now.AddMinutes(-5).UtcDateTime));
            Assert.That(proxy.Certificate.NotAfter.ToUniversalTime(), Is.EqualTo(Pki.Now.AddHours(3).UtcDateTime));
        });
    }

    [Test]
    public void SignPublicKey_LifetimeBeyondUserCertificate_IsClampedToIt()
    {
        using var proxy = ProxyChains.FromUser(crypto, new ProxyOptions { Lifetime = TimeSpan.FromDays(400) });

        Assert.That(proxy.Certificate.NotAfter.ToUniversalTime(), Is.EqualTo(Pki.UserNotAfter.UtcDateTime));
    }

    [Test]
    public void SignPublicKey_LifetimeBeyondIssuingProxy_IsClampedToProxy()
    {
        using var issuer = ProxyChains.FromUser(crypto, new ProxyOptions { Lifetime = TimeSpan.FromHours(2) });

        using var proxy = ProxyChains.Delegate(ProxyChains.Factory(crypto), issuer, new ProxyOptions { Lifetime = TimeSpan.FromHours(12) });

        Assert.That(proxy.Certificate.NotAfter, Is.EqualTo(issuer.Certificate.NotAfter));
    }

    [TestCase(0)]
    [TestCase(-60)]
    public void SignPublicKey_NonPositiveLifetime_Throws(int seconds)
    {
        Assert.That(() => ProxyChains.FromUser(crypto, new ProxyOptions { Lifetime = TimeSpan.FromSeconds(seconds) }), Throws.TypeOf<MyProxyCryptoException>());
    }

    [Test]
    public void SignPublicKey_ExpiredIssuer_Throws()
    {
        using var user = Pki.UserCredentialWith(TestPki.UserExtensions(), notAfter: Pki.Now.AddMinutes(-1));

        Assert.That(() => ProxyChains.Delegate(ProxyChains.Factory(crypto), user, new ProxyOptions()), Throws.TypeOf<MyProxyCryptoException>().With.Message.Contains("expired"));
    }

    [Test]
    public void SignPublicKey_UserKeyUsage_IsCopiedWithCriticality()
    {
        using var proxy = ProxyChains.FromUser(crypto, new ProxyOptions());

        var usage = proxy.Certificate.Extensions.OfType<X509KeyUsageExtension>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(usage.KeyUsages, Is.EqualTo(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment));
            Assert.That(usage.Critical, Is.True);
        });
    }

    [Test]
    public void SignPublicKey_IssuerAssertsNonRepudiationAndKeyCertSign_DropsBothKeepsNonCriticality()
    {
        var flags = X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation | X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.KeyAgreement;
        using var user = Pki.UserCredentialWith([new X509KeyUsageExtension(flags, critical: false)]);

        using var proxy = ProxyChains.Delegate(ProxyChains.Factory(crypto), user, new ProxyOptions());

        var usage = proxy.Certificate.Extensions.OfType<X509KeyUsageExtension>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(usage.KeyUsages, Is.EqualTo(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyAgreement));
            Assert.That(usage.Critical, Is.False);
        });
    }

    [Test]
    public void SignPublicKey_IssuerWithoutKeyUsage_GetsCriticalSignEnciphermentUsage()
    {
        using var user = Pki.UserCredentialWith([]);

        using var proxy = ProxyChains.Delegate(ProxyChains.Factory(crypto), user, new ProxyOptions());

        var usage = proxy.Certificate.Extensions.OfType<X509KeyUsageExtension>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(usage.KeyUsages, Is.EqualTo(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment));
            Assert.That(usage.Critical, Is.True);
        });
    }

    [Test]
    public void SignPublicKey_IssuerKeyUsageWithoutDigitalSignature_Throws()
    {
        using var user = Pki.UserCredentialWith([new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment, critical: true)]);

        Assert.That(() => ProxyChains.Delegate(ProxyChains.Factory(crypto), user, new ProxyOptions()), Throws.TypeOf<MyProxyCryptoException>().With.Message.Contains("digitalSignature"));
    }

    [Test]
    public void SignPublicKey_UserWithClientAuth_CopiesExtendedKeyUsage()
    {
        using var proxy = ProxyChains.FromUser(crypto, new ProxyOptions());

        var usage = proxy.Certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().Single();
        Assert.That(usage.EnhancedKeyUsages.Cast<Oid>().Select(oid => oid.Value), Is.EqualTo(new[] { "1.3.6.1.5.5.7.3.2" }));
    }

    [Test]
    public void SignPublicKey_IssuerWithAltNameAndNoEku_ProxyHasNeither()
    {
        var names = new SubjectAlternativeNameBuilder();
        names.AddEmailAddress("user@example.org");
        using var user = Pki.UserCredentialWith([new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true), names.Build()]);

        using var proxy = ProxyChains.Delegate(ProxyChains.Factory(crypto), user, new ProxyOptions());

        var oids = proxy.Certificate.Extensions.Select(extension => extension.Oid!.Value);
        Assert.That(oids, Is.EqualTo(new[] { "2.5.29.15", ProxyObjectIdentifiers.ProxyCertInfo }));
    }

    [Test]
    public void SignPublicKey_Rfc_ExtensionsAreKeyUsageEkuProxyCertInfoThenExtras()
    {
        var group = new X509Extension(ProxyObjectIdentifiers.DiracGroup, Convert.FromHexString("160964697261635F757372"), critical: false);

        using var proxy = ProxyChains.FromUser(crypto, new ProxyOptions { AdditionalExtensions = [group] });

        var extensions = proxy.Certificate.Extensions.Select(extension => (extension.Oid!.Value, extension.Critical)).ToList();
        Assert.That(extensions, Is.EqualTo(new[]
        {
            ("2.5.29.15", true), ("2.5.29.37", false), (ProxyObjectIdentifiers.ProxyCertInfo, true), (ProxyObjectIdentifiers.DiracGroup, false),
        }));
    }

    [TestCase("2.5.29.17")]
    [TestCase("2.5.29.18")]
    [TestCase("2.5.29.15")]
    [TestCase(ProxyObjectIdentifiers.ProxyCertInfo)]
    [TestCase(ProxyObjectIdentifiers.DraftProxyCertInfo)]
    public void SignPublicKey_ExtraExtensionTheProfileOwns_Throws(string oid)
    {
        var extra = new X509Extension(oid, [0x05, 0x00], critical: false);

        Assert.That(() => ProxyChains.FromUser(crypto, new ProxyOptions { AdditionalExtensions = [extra] }), Throws.TypeOf<MyProxyCryptoException>());
    }

    [Test]
    public void SignPublicKey_ExtraCaBasicConstraints_Throws()
    {
        var extra = new X509BasicConstraintsExtension(true, false, 0, true);

        Assert.That(() => ProxyChains.FromUser(crypto, new ProxyOptions { AdditionalExtensions = [extra] }), Throws.TypeOf<MyProxyCryptoException>());
    }

    [Test]
    public void SignPublicKey_ExtraNonCaBasicConstraints_IsKept()
    {
        var extra = new X509BasicConstraintsExtension(false, false, 0, true);

        using var proxy = ProxyChains.FromUser(crypto, new ProxyOptions { AdditionalExtensions = [extra] });

        Assert.That(proxy.Certificate.Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority, Is.False);
    }

    [Test]
    public void SignPublicKey_SameExtraExtensionTwice_Throws()
    {
        var group = new X509Extension(ProxyObjectIdentifiers.DiracGroup, Convert.FromHexString("160161"), critical: false);

        Assert.That(() => ProxyChains.FromUser(crypto, new ProxyOptions { AdditionalExtensions = [group, group] }), Throws.TypeOf<MyProxyCryptoException>());
    }

    [TestCase("MD5")]
    [TestCase("SHA1")]
    public void SignPublicKey_WeakDigest_Throws(string hash)
    {
        var options = new ProxyOptions { SignatureHash = new HashAlgorithmName(hash) };

        Assert.That(() => ProxyChains.FromUser(crypto, options), Throws.TypeOf<MyProxyCryptoException>());
    }

    [Test]
    public void SignPublicKey_Sha512_SignsWithSha512()
    {
        using var proxy = ProxyChains.FromUser(crypto, new ProxyOptions { SignatureHash = HashAlgorithmName.SHA512 });

        Assert.That(proxy.Certificate.SignatureAlgorithm.Value, Is.EqualTo("1.2.840.113549.1.1.13"));
    }

    [Test]
    public void SignPublicKey_Any_HasNoBasicConstraintsOrAltNames()
    {
        using var proxy = ProxyChains.FromUser(crypto, new ProxyOptions());

        var oids = proxy.Certificate.Extensions.Select(extension => extension.Oid!.Value).ToList();
        Assert.That(oids, Has.None.AnyOf("2.5.29.17", "2.5.29.18", "2.5.29.19"));
    }

    // Written out by hand (short DER lengths only) rather than with AsnWriter, to check the builder independently.
    private static byte[] WithCommonName(X500DistinguishedName issuer, string commonName)
    {
        var issuerContent = issuer.RawData.AsSpan(2).ToArray();
        Assume.That(issuer.RawData[1], Is.EqualTo(issuerContent.Length), "the issuer name must use a short DER length");
        byte[] attribute = [0x06, 0x03, 0x55, 0x04, 0x03, 0x13, (byte)commonName.Length, .. System.Text.Encoding.ASCII.GetBytes(commonName)];
        byte[] rdn = [0x31, (byte)(attribute.Length + 2), 0x30, (byte)attribute.Length, .. attribute];
        return [0x30, (byte)(issuerContent.Length + rdn.Length), .. issuerContent, .. rdn];
    }
}
