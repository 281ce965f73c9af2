using MyProxy.Cli.Terminal;
using MyProxy.Crypto;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Keys;
using MyProxy.Crypto.Tests.Support;
using NSubstitute;

namespace MyProxy.Cli.Tests.Support;

/// <summary>
/// Runs <c>myproxy</c> in-process against a temporary directory holding the test PKI's user certificate, its key
/// encrypted under <see cref="Passphrase"/>, and a trust directory with the CA; with a fixed clock, a fake pass
/// phrase reader and an environment of its own.
/// </summary>
internal sealed class CliRun : IDisposable
{
    public const string Passphrase = "correct horse battery";

    private readonly TemporaryDirectory _directory = new();

    public CliRun()
    {
        var pki = TestPki.Shared;
        CertificatePath = _directory.File("usercert.pem");
        KeyPath = _directory.File("userkey.pem");
        ProxyPath = _directory.File("x509up_test");
        TrustDirectory = _directory.File("certificates");
        System.IO.File.WriteAllText(CertificatePath, pki.User.ExportCertificatePem());
        System.IO.File.WriteAllText(KeyPath, CryptoProviders.For(CryptoBackend.System)
            .ExportPrivateKeyPem(pki.UserKey, PrivateKeyPemFormat.EncryptedPkcs8, Passphrase));
        Directory.CreateDirectory(TrustDirectory);
        System.IO.File.WriteAllText(Path.Combine(TrustDirectory, "testca.0"), pki.Ca.ExportCertificatePem());
        Passphrases.ReadFromStandardInput().Returns(_ => Passphrase.ToCharArray());
        Passphrases.Prompt(Arg.Any<string>()).Returns(_ => Passphrase.ToCharArray());
        Variables["X509_USER_PROXY"] = ProxyPath;
        Variables["X509_USER_CERT"] = CertificatePath;
        Variables["X509_USER_KEY"] = KeyPath;
        Variables["X509_CERT_DIR"] = TrustDirectory;
        Variables["HOME"] = _directory.Path;
    }

    public string CertificatePath { get; }

    public string KeyPath { get; }

    public string ProxyPath { get; }

    public string TrustDirectory { get; }

    public IPassphraseReader Passphrases { get; } = Substitute.For<IPassphraseReader>();

    public Dictionary<string, string> Variables { get; } = new(StringComparer.Ordinal);

    public DateTimeOffset Now => TestPki.Shared.Now;

    public string Output { get; private set; } = string.Empty;

    public string Error { get; private set; } = string.Empty;

    public string File(string name) => _directory.File(name);

    public async Task<int> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(name => Variables.GetValueOrDefault(name), Passphrases, new FixedTime(Now));
        var exitCode = await MyProxyCommandLine.RunAsync(args, output, error, environment);
        Output = output.ToString();
        Error = error.ToString();
        return exitCode;
    }

    /// <summary>Makes a proxy at <see cref="ProxyPath"/> with <c>proxy init -S</c> and the given options.</summary>
    public async Task<int> InitAsync(params string[] options) => await RunAsync(["proxy", "init", "-S", "-q", .. options]);

    public X509Credential ReadProxy(string? path = null) =>
        CredentialFile.ReadProxy(path ?? ProxyPath, CryptoProviders.For(CryptoBackend.System));

    public void Dispose() => _directory.Dispose();

    /// <summary>A pass phrase array the fake hands out, to check afterwards that it was cleared.</summary>
    public char[] HandOutPassphrase(string passphrase)
    {
        var characters = passphrase.ToCharArray();
        Passphrases.ReadFromStandardInput().Returns(characters);
        Passphrases.Prompt(Arg.Any<string>()).Returns(characters);
        return characters;
    }

    public static bool IsCleared(char[] characters) => characters.All(character => character == '\0');
}
