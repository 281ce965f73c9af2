using System.Security.Cryptography;
using MyProxy.Crypto.Keys;
using MyProxy.Crypto.Tests.Support;

namespace MyProxy.Crypto.Tests.Contract;

[TestFixtureSource(typeof(Backends), nameof(Backends.All))]
public class KeyExportContractTests(ICryptoProvider crypto)
{
    private const string Passphrase = "export-pass";

    [TestCase(KeyFixtures.RsaReference, PrivateKeyPemFormat.Traditional, "RSA PRIVATE KEY")]
    [TestCase(KeyFixtures.P256Reference, PrivateKeyPemFormat.Traditional, "EC PRIVATE KEY")]
    [TestCase(KeyFixtures.RsaReference, PrivateKeyPemFormat.Pkcs8, "PRIVATE KEY")]
    [TestCase(KeyFixtures.P384Reference, PrivateKeyPemFormat.Pkcs8, "PRIVATE KEY")]
    [TestCase(KeyFixtures.RsaReference, PrivateKeyPemFormat.EncryptedPkcs8, "ENCRYPTED PRIVATE KEY")]
    [TestCase(KeyFixtures.P256Reference, PrivateKeyPemFormat.EncryptedPkcs8, "ENCRYPTED PRIVATE KEY")]
    public void ExportPrivateKeyPem_Format_WritesItsLabel(string reference, PrivateKeyPemFormat format, string label)
    {
        using var key = KeyFixtures.Reference(reference);

        var pem = crypto.ExportPrivateKeyPem(key, format, Passphrase);

        Assert.That(pem, Does.StartWith($"-----BEGIN {label}-----\n"));
        Assert.That(pem, Does.EndWith($"-----END {label}-----\n"));
    }

    [TestCase(PrivateKeyPemFormat.Traditional)]
    [TestCase(PrivateKeyPemFormat.Pkcs8)]
    [TestCase(PrivateKeyPemFormat.EncryptedPkcs8)]
    public void ExportPrivateKeyPem_AnyFormat_Writes64CharacterLines(PrivateKeyPemFormat format)
    {
        using var key = KeyFixtures.Reference(KeyFixtures.RsaReference);

        var lines = crypto.ExportPrivateKeyPem(key, format, Passphrase).Split('\n')[1..^2];

        Assert.That(lines[..^1], Has.All.Length.EqualTo(64));
        Assert.That(lines[^1].Length, Is.InRange(1, 64));
    }

    [TestCase(KeyFixtures.RsaReference, PrivateKeyPemFormat.Traditional)]
    [TestCase(KeyFixtures.RsaReference, PrivateKeyPemFormat.Pkcs8)]
    [TestCase(KeyFixtures.RsaReference, PrivateKeyPemFormat.EncryptedPkcs8)]
    [TestCase(KeyFixtures.P256Reference, PrivateKeyPemFormat.Traditional)]
    [TestCase(KeyFixtures.P256Reference, PrivateKeyPemFormat.Pkcs8)]
    [TestCase(KeyFixtures.P384Reference, PrivateKeyPemFormat.EncryptedPkcs8)]
    public void ExportPrivateKeyPem_ThenImport_GivesTheSameKey(string reference, PrivateKeyPemFormat format)
    {
        using var key = KeyFixtures.Reference(reference);

        using var back = crypto.ImportPrivateKeyPem(crypto.ExportPrivateKeyPem(key, format, Passphrase), Passphrase);

        Assert.That(SameKey.Public(back, key), Is.True);
        Assert.That(SameKey.SignsFor(back, key), Is.True);
    }

    [TestCase(KeyFixtures.RsaReference)]
    [TestCase(KeyFixtures.P256Reference)]
    public void ExportPrivateKeyPem_Traditional_IsReadByTheBcl(string reference)
    {
        using var key = KeyFixtures.Reference(reference);
        using AsymmetricAlgorithm back = key is RSA ? RSA.Create() : ECDsa.Create();

        back.ImportFromPem(crypto.ExportPrivateKeyPem(key, PrivateKeyPemFormat.Traditional, default));

        Assert.That(SameKey.Public(back, key), Is.True);
    }

    [Test]
    public void ExportPrivateKeyPem_EncryptedPkcs8_UsesPbes2Pbkdf2Sha256Aes256With100000Iterations()
    {
        using var key = KeyFixtures.Reference(KeyFixtures.P256Reference);

        var der = PemDer(crypto.ExportPrivateKeyPem(key, PrivateKeyPemFormat.EncryptedPkcs8, Passphrase));

        Assert.That(EncryptedPkcs8Parameters.Read(der), Is.EqualTo(new EncryptedPkcs8Parameters(
            "1.2.840.113549.1.5.13", 100_000, "1.2.840.113549.2.9", "2.16.840.1.101.3.4.1.42")));
    }

    [Test]
    public void ExportPrivateKeyPem_EncryptedPkcs8TwoCalls_UseDifferentSalts()
    {
        using var key = KeyFixtures.Reference(KeyFixtures.P256Reference);

        var first = crypto.ExportPrivateKeyPem(key, PrivateKeyPemFormat.EncryptedPkcs8, Passphrase);
        var second = crypto.ExportPrivateKeyPem(key, PrivateKeyPemFormat.EncryptedPkcs8, Passphrase);

        Assert.That(first, Is.Not.EqualTo(second));
    }

    [Test]
    public void ExportPrivateKeyPem_EncryptedPkcs8WithoutPassphrase_ThrowsArgumentException()
    {
        using var key = KeyFixtures.Reference(KeyFixtures.P256Reference);

        Assert.Throws<ArgumentException>(() => crypto.ExportPrivateKeyPem(key, PrivateKeyPemFormat.EncryptedPkcs8, ""));
    }

    [Test]
    public void ExportPrivateKeyPem_PublicKeyOnly_ThrowsCryptoException()
    {
        using var full = KeyFixtures.Reference(KeyFixtures.RsaReference);
        using var publicOnly = RSA.Create();
        publicOnly.ImportSubjectPublicKeyInfo(full.ExportSubjectPublicKeyInfo(), out _);

        Assert.Throws<MyProxyCryptoException>(() => crypto.ExportPrivateKeyPem(publicOnly, PrivateKeyPemFormat.Traditional, default));
    }

    [Test]
    public void ExportPrivateKeyPem_UnsupportedKeyType_ThrowsCryptoException()
    {
        using var key = ECDiffieHellman.Create();

        var exception = Assert.Throws<MyProxyCryptoException>(() => crypto.ExportPrivateKeyPem(key, PrivateKeyPemFormat.Pkcs8, default));

        Assert.That(exception.Message, Does.StartWith("unsupported key type"));
    }

    private static byte[] PemDer(string pem)
    {
        var fields = PemEncoding.Find(pem);
        return Convert.FromBase64String(pem[fields.Base64Data]);
    }
}
