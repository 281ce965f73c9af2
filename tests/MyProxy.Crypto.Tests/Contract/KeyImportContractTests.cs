using MyProxy.Crypto.Tests.Support;

namespace MyProxy.Crypto.Tests.Contract;

[TestFixtureSource(typeof(Backends), nameof(Backends.All))]
public class KeyImportContractTests(ICryptoProvider crypto)
{
    [TestCaseSource(typeof(KeyFixtures), nameof(KeyFixtures.AllForms))]
    public void ImportPrivateKeyPem_AnyOpenSslForm_ReadsTheReferenceKey(string file, bool encrypted, string reference)
    {
        using var expected = KeyFixtures.Reference(reference);

        using var key = crypto.ImportPrivateKeyPem(KeyFixtures.Read(file), KeyFixtures.PassphraseFor(encrypted));

        Assert.That(SameKey.Public(key, expected), Is.True);
        Assert.That(SameKey.SignsFor(key, expected), Is.True);
    }

    [Test]
    public void ImportPrivateKeyPem_CertificateBlockFirst_SkipsItAndReadsTheKey()
    {
        using var expected = KeyFixtures.Reference(KeyFixtures.P256Reference);
        var pem = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n" + KeyFixtures.Read(KeyFixtures.P256Reference);

        using var key = crypto.ImportPrivateKeyPem(pem, "");

        Assert.That(SameKey.Public(key, expected), Is.True);
    }

    [Test]
    public void ImportPrivateKeyPem_TwoKeys_ReadsTheFirst()
    {
        using var expected = KeyFixtures.Reference(KeyFixtures.P384Reference);
        var pem = KeyFixtures.Read(KeyFixtures.P384Reference) + KeyFixtures.Read(KeyFixtures.RsaReference);

        using var key = crypto.ImportPrivateKeyPem(pem, "");

        Assert.That(SameKey.Public(key, expected), Is.True);
    }

    [Test]
    public void ImportPrivateKeyPem_TextAroundBlockAndCrLf_ReadsTheKey()
    {
        using var expected = KeyFixtures.Reference(KeyFixtures.RsaReference);
        var pem = "Bag Attributes\r\n  friendlyName: alice\r\n" + KeyFixtures.Read(KeyFixtures.RsaReference).Replace("\n", "\r\n", StringComparison.Ordinal) + "trailer\r\n";

        using var key = crypto.ImportPrivateKeyPem(pem, "");

        Assert.That(SameKey.Public(key, expected), Is.True);
    }

    [Test]
    public void ImportPrivateKeyPem_PlainKeyWithPassphrase_IgnoresThePassphrase()
    {
        using var expected = KeyFixtures.Reference(KeyFixtures.RsaReference);

        using var key = crypto.ImportPrivateKeyPem(KeyFixtures.Read("rsa-pkcs8.pem"), "unused");

        Assert.That(SameKey.Public(key, expected), Is.True);
    }
}
