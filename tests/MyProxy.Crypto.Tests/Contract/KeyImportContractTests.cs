using MyProxy.Crypto.Tests.Support;

namespace MyProxy.Crypto.Tests.Contract;

[TestFixtureSource(typeof(Backends), nameof(Backends.All))]
public class KeyImportContractTests(ICryptoProvider crypto)
{
    [TestCaseSource(typeof(TestKeys), nameof(TestKeys.AllForms))]
    public void ImportPrivateKeyPem_AnyOpenSslForm_ReadsTheReferenceKey(string file, bool encrypted, string reference)
    {
        using var expected = TestKeys.Reference(reference);

        using var key = crypto.ImportPrivateKeyPem(TestKeys.Read(file), TestKeys.PassphraseFor(encrypted));

        Assert.That(SameKey.Public(key, expected), Is.True);
        Assert.That(SameKey.SignsFor(key, expected), Is.True);
    }

    [Test]
    public void ImportPrivateKeyPem_CertificateBlockFirst_SkipsItAndReadsTheKey()
    {
        using var expected = TestKeys.Reference(TestKeys.P256Reference);
        var pem = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n" + TestKeys.Read(TestKeys.P256Reference);

        using var key = crypto.ImportPrivateKeyPem(pem, "");

        Assert.That(SameKey.Public(key, expected), Is.True);
    }

    [Test]
    public void ImportPrivateKeyPem_TwoKeys_ReadsTheFirst()
    {
        using var expected = TestKeys.Reference(TestKeys.P384Reference);
        var pem = TestKeys.Read(TestKeys.P384Reference) + TestKeys.Read(TestKeys.RsaReference);

        using var key = crypto.ImportPrivateKeyPem(pem, "");

        Assert.That(SameKey.Public(key, expected), Is.True);
    }

    [Test]
    public void ImportPrivateKeyPem_TextAroundBlockAndCrLf_ReadsTheKey()
    {
        using var expected = TestKeys.Reference(TestKeys.RsaReference);
        var pem = "Bag Attributes\r\n  friendlyName: alice\r\n" + TestKeys.Read(TestKeys.RsaReference).Replace("\n", "\r\n", StringComparison.Ordinal) + "trailer\r\n";

        using var key = crypto.ImportPrivateKeyPem(pem, "");

        Assert.That(SameKey.Public(key, expected), Is.True);
    }

    [Test]
    public void ImportPrivateKeyPem_PlainKeyWithPassphrase_IgnoresThePassphrase()
    {
        using var expected = TestKeys.Reference(TestKeys.RsaReference);

        using var key = crypto.ImportPrivateKeyPem(TestKeys.Read("rsa-pkcs8.pem"), "unused");

        Assert.That(SameKey.Public(key, expected), Is.True);
    }
}
