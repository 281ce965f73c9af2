using System.Security.Cryptography;

namespace MyProxy.Crypto.Tests.Support;

/// <summary>The OpenSSL-made key fixtures in TestData (see TestData/README.md).</summary>
internal static class KeyFixtures
{
    public const string Passphrase = "fixture-pass";

    public const string RsaReference = "rsa-pkcs1.pem";
    public const string P256Reference = "ec-p256-sec1.pem";
    public const string P384Reference = "ec-p384-sec1.pem";

    /// <summary>Every fixture that holds a reference key, with whether it is encrypted and which reference it holds.</summary>
    public static IEnumerable<TestCaseData> AllForms() => RsaForms().Concat(EcForms());

    /// <summary>Every fixture that holds the reference RSA key, with whether it is encrypted.</summary>
    private static IEnumerable<TestCaseData> RsaForms() => Forms(RsaReference,
        ("rsa-pkcs1.pem", false), ("rsa-pkcs8.pem", false), ("rsa-pkcs8-aes256.pem", true),
        ("rsa-pkcs8-pbe-sha1-3des.pem", true), ("rsa-pkcs8-pbe-md5-des.pem", true), ("rsa-legacy-aes256.pem", true),
        ("rsa-legacy-aes192.pem", true), ("rsa-legacy-aes128.pem", true), ("rsa-legacy-des3.pem", true));

    /// <summary>Every fixture that holds a reference EC key.</summary>
    private static IEnumerable<TestCaseData> EcForms() => Forms(P256Reference,
        ("ec-p256-sec1.pem", false), ("ec-p256-pkcs8.pem", false), ("ec-p256-pkcs8-aes256.pem", true),
        ("ec-p256-pkcs8-pbe-sha1-3des.pem", true), ("ec-p256-legacy-aes128.pem", true), ("ec-p256-legacy-des3.pem", true))
        .Concat(Forms(P384Reference, ("ec-p384-sec1.pem", false), ("ec-p384-legacy-aes256.pem", true)));

    /// <summary>The encrypted fixtures, one of each encryption.</summary>
    public static IEnumerable<string> Encrypted() =>
    [
        "rsa-pkcs8-aes256.pem", "rsa-pkcs8-pbe-sha1-3des.pem", "rsa-pkcs8-pbe-md5-des.pem", "rsa-legacy-aes256.pem",
        "rsa-legacy-aes192.pem", "rsa-legacy-aes128.pem", "rsa-legacy-des3.pem", "ec-p256-pkcs8-aes256.pem",
        "ec-p256-legacy-aes128.pem", "ec-p256-legacy-des3.pem", "ec-p384-legacy-aes256.pem",
    ];

    public static string Read(string name) => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", name));

    /// <summary>The reference key, read with the BCL alone.</summary>
    public static AsymmetricAlgorithm Reference(string name)
    {
        AsymmetricAlgorithm key = name.StartsWith("rsa", StringComparison.Ordinal) ? RSA.Create() : ECDsa.Create();
        key.ImportFromPem(Read(name));
        return key;
    }

    public static string PassphraseFor(bool encrypted) => encrypted ? Passphrase : "";

    private static IEnumerable<TestCaseData> Forms(string reference, params (string File, bool Encrypted)[] files) =>
        files.Select(f => new TestCaseData(f.File, f.Encrypted, reference).SetArgDisplayNames(f.File));
}
