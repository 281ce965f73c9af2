using System.Security.Cryptography;
using MyProxy.Crypto.Tests.Support;

namespace MyProxy.Crypto.Tests.Contract;

[TestFixtureSource(typeof(Backends), nameof(Backends.All))]
public class KeyImportErrorContractTests(ICryptoProvider crypto)
{
    private const string WrongPassphrase = "Not-The-Pass-Phrase-4711";

    [TestCaseSource(typeof(KeyFixtures), nameof(KeyFixtures.Encrypted))]
    public void ImportPrivateKeyPem_WrongPassphrase_SaysSoWithoutThePassphrase(string file)
    {
        var exception = Assert.Throws<MyProxyCryptoException>(() => crypto.ImportPrivateKeyPem(KeyFixtures.Read(file), WrongPassphrase));

        Assert.That(exception.Message, Does.StartWith("wrong pass phrase for the private key"));
        Assert.That(exception.ToString(), Does.Not.Contain(WrongPassphrase));
    }

    [TestCaseSource(typeof(KeyFixtures), nameof(KeyFixtures.Encrypted))]
    public void ImportPrivateKeyPem_EncryptedWithoutPassphrase_AsksForOne(string file)
    {
        var exception = Assert.Throws<MyProxyCryptoException>(() => crypto.ImportPrivateKeyPem(KeyFixtures.Read(file), ""));

        Assert.That(exception.Message, Is.EqualTo("the private key is encrypted; a pass phrase is needed."));
    }

    [TestCase("")]
    [TestCase("just some text\n")]
    [TestCase("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")]
    [TestCase("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n")]
    public void ImportPrivateKeyPem_NoKeyBlock_SaysNoPrivateKeyFound(string pem)
    {
        var exception = Assert.Throws<MyProxyCryptoException>(() => crypto.ImportPrivateKeyPem(pem, ""));

        Assert.That(exception.Message, Does.StartWith("no private key found"));
    }

    [Test]
    public void ImportPrivateKeyPem_TruncatedBase64_SaysTheBlockIsDamaged()
    {
        var pem = KeyFixtures.Read(KeyFixtures.RsaReference);
        var cut = pem.Remove(pem.IndexOf("-----END", StringComparison.Ordinal) - 4, 3);

        var exception = Assert.Throws<MyProxyCryptoException>(() => crypto.ImportPrivateKeyPem(cut, ""));

        Assert.That(exception.Message, Does.Contain("not valid base64"));
    }

    [Test]
    public void ImportPrivateKeyPem_NoEndLine_SaysTheFileIsTruncated()
    {
        var pem = KeyFixtures.Read(KeyFixtures.RsaReference);
        var cut = pem[..pem.IndexOf("-----END", StringComparison.Ordinal)];

        var exception = Assert.Throws<MyProxyCryptoException>(() => crypto.ImportPrivateKeyPem(cut, ""));

        Assert.That(exception.Message, Does.Contain("has no END line"));
    }

    [TestCase("RSA PRIVATE KEY")]
    [TestCase("EC PRIVATE KEY")]
    [TestCase("PRIVATE KEY")]
    [TestCase("ENCRYPTED PRIVATE KEY")]
    public void ImportPrivateKeyPem_GarbageDer_SaysTheKeyIsMalformed(string label)
    {
        var pem = $"-----BEGIN {label}-----\nMAMCAQA=\n-----END {label}-----\n";

        var exception = Assert.Throws<MyProxyCryptoException>(() => crypto.ImportPrivateKeyPem(pem, "x"));

        Assert.That(exception.Message, Is.EqualTo($"the private key ({label}) is malformed."));
    }

    [Test]
    public void ImportPrivateKeyPem_CorruptedCipherText_SaysWrongPassphrase()
    {
        var pem = KeyFixtures.Read("rsa-pkcs8-aes256.pem");
        var end = pem.IndexOf("-----END", StringComparison.Ordinal);
        var corrupted = pem[..(end - 30)] + (pem[end - 30] == 'A' ? 'B' : 'A') + pem[(end - 29)..];

        var exception = Assert.Throws<MyProxyCryptoException>(() => crypto.ImportPrivateKeyPem(corrupted, KeyFixtures.Passphrase));

        Assert.That(exception.Message, Does.StartWith("wrong pass phrase"));
    }

    [Test]
    public void ImportPrivateKeyPem_CamelliaDekInfo_NamesTheUnsupportedCipher()
    {
        var exception = Assert.Throws<MyProxyCryptoException>(() =>
            crypto.ImportPrivateKeyPem(KeyFixtures.Read("rsa-legacy-camellia128.pem"), KeyFixtures.Passphrase));

        Assert.That(exception.Message, Does.StartWith("unsupported key encryption DEK-Info CAMELLIA-128-CBC"));
    }

    [TestCase("Proc-Type: 4,ENCRYPTED\n")]
    [TestCase("Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC\n")]
    [TestCase("Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,00112233\n")]
    [TestCase("Proc-Type: 4,ENCRYPTED\nDEK-Info: DES-EDE3-CBC,not-hex!\n")]
    public void ImportPrivateKeyPem_BadDekInfo_SaysTheHeaderIsInvalid(string headers)
    {
        var pem = $"-----BEGIN RSA PRIVATE KEY-----\n{headers}\nMAMCAQA=\n-----END RSA PRIVATE KEY-----\n";

        var exception = Assert.Throws<MyProxyCryptoException>(() => crypto.ImportPrivateKeyPem(pem, "x"));

        Assert.That(exception.Message, Does.Contain("no valid DEK-Info header"));
    }

    [Test]
    public void ImportPrivateKeyPem_Ed25519Pkcs8_SaysTheAlgorithmIsUnsupported()
    {
        var exception = Assert.Throws<MyProxyCryptoException>(() => crypto.ImportPrivateKeyPem(KeyFixtures.Read("ed25519-pkcs8.pem"), ""));

        Assert.That(exception.Message, Does.StartWith("unsupported private key algorithm"));
    }

    [TestCaseSource(typeof(KeyFixtures), nameof(KeyFixtures.Encrypted))]
    public void ImportPrivateKeyPem_AnyFailure_MessageIsOneLine(string file)
    {
        var exception = Assert.Throws<MyProxyCryptoException>(() => crypto.ImportPrivateKeyPem(KeyFixtures.Read(file), "wrong"));

        Assert.That(exception.Message, Does.Not.Contain('\n'));
    }

    // Found by fuzzing (docs/fuzzing.md): the System backend let PlatformNotSupportedException escape.
    [TestCase("PRIVATE KEY")]
    [TestCase("EC PRIVATE KEY")]
    public void ImportPrivateKeyPem_UnknownNamedCurve_ThrowsCryptoException(string label)
    {
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var der = label == "PRIVATE KEY" ? ec.ExportPkcs8PrivateKey() : ec.ExportECPrivateKey();
        var at = der.AsSpan().IndexOf((ReadOnlySpan<byte>)[0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x03, 0x01, 0x07]);
        der[at + 2] = 0x08; // 1.2.840.10045.3.1.7 (P-256) becomes 1.2.776.10045.3.1.7, a curve no platform knows.

        Assert.Throws<MyProxyCryptoException>(() => crypto.ImportPrivateKeyPem(PemEncoding.WriteString(label, der), ""));
    }
}
