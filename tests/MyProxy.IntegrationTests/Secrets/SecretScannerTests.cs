using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MyProxy.IntegrationTests.Secrets;

/// <summary>The search the secrets tests rely on: it finds each kind of leak and passes public text.</summary>
public sealed class SecretScannerTests
{
    [Test]
    public void Find_ThePassphraseInAMessage_NamesItWithoutTheSecret()
    {
        var scanner = new SecretScanner();
        scanner.AddPassphrase("mine", "correct-horse");

        var found = scanner.Find("myproxy: Bad password correct-horse");

        Assert.That(found, Is.EqualTo(new[] { "pass phrase mine" }));
    }

    [Test]
    public void Find_ALineOfTheKeysPem_IsALeak()
    {
        using var key = RSA.Create(2048);
        var scanner = new SecretScanner();
        scanner.AddKey("k", key);
        var pemLine = key.ExportRSAPrivateKeyPem().Split('\n')[10];

        Assert.That(scanner.Find($"trace: {pemLine}"), Is.Not.Empty);
    }

    [Test]
    public void Find_ThePrivateScalarInHex_IsALeak()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var scanner = new SecretScanner();
        scanner.AddKey("k", key);
        var d = key.ExportParameters(includePrivateParameters: true).D!;

        Assert.That(scanner.Find($"debug: d={Convert.ToHexString(d)}"), Is.Not.Empty);
    }

    [Test]
    public void Find_TheCertificateOfTheKey_IsNotALeak()
    {
        using var key = RSA.Create(2048);
        var scanner = new SecretScanner();
        scanner.AddKey("k", key);
        using var certificate = new CertificateRequest("CN=Public", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddHours(1));

        Assert.That(scanner.Find(certificate.ExportCertificatePem() + Convert.ToBase64String(key.ExportSubjectPublicKeyInfo())), Is.Empty);
    }
}
