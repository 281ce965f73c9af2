using System.Diagnostics;
using System.Runtime.Versioning;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Keys;
using MyProxy.Crypto.Tests.Support;

namespace MyProxy.Crypto.Tests.Credentials;

[TestFixtureSource(typeof(Contract.Backends), nameof(Contract.Backends.All))]
[Platform(Exclude = "Win")]
[UnsupportedOSPlatform("windows")]
public class CredentialFileTests(ICryptoProvider crypto)
{
    private TestChain _chain = null!;
    private TemporaryDirectory _directory = null!;

    [OneTimeSetUp]
    public void CreateChain() => _chain = TestChain.Create();

    [OneTimeTearDown]
    public void DisposeChain() => _chain.Dispose();

    [SetUp]
    public void SetUp() => _directory = new TemporaryDirectory();

    [TearDown]
    public void TearDown() => _directory.Dispose();

    [Test]
    public void WriteProxy_ThenReadProxy_GivesTheSameCredentialInAFileOfMode0600()
    {
        var path = _directory.File("x509up_u1000");
        using var credential = ProxyCredential();

        CredentialFile.WriteProxy(path, credential, crypto);
        using var back = CredentialFile.ReadProxy(path, crypto);

        Assert.That(back.Chain.Select(c => c.Thumbprint), Is.EqualTo(new[] { _chain.Proxy.Thumbprint, _chain.User.Thumbprint }));
        Assert.That(SameKey.Public(back.PrivateKey, _chain.ProxyKey), Is.True);
        Assert.That(File.GetUnixFileMode(path), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    [Test]
    public void ReadProxy_MissingFile_NamesTheFile()
    {
        var path = _directory.File("x509up_u1000");

        var exception = Assert.Throws<MyProxyException>(() => CredentialFile.ReadProxy(path, crypto));

        Assert.That(exception.Message, Is.EqualTo($"cannot read the proxy {path}: no such file."));
    }

    [Test]
    public void ReadProxy_Directory_SaysItIsNotARegularFile()
    {
        var exception = Assert.Throws<MyProxyException>(() => CredentialFile.ReadProxy(_directory.Path, crypto));

        Assert.That(exception.Message, Is.EqualTo($"cannot read the proxy {_directory.Path}: it is not a regular file."));
    }

    [Test]
    public void ReadProxy_KeyOfAnotherCertificate_NamesTheFile()
    {
        var path = _directory.File("proxy");
        File.WriteAllText(path, TestChain.Pem(_chain.User) + TestChain.Pem(_chain.ProxyKey));

        var exception = Assert.Throws<MyProxyCryptoException>(() => CredentialFile.ReadProxy(path, crypto));

        Assert.That(exception.Message, Is.EqualTo($"cannot read the proxy {path}: the private key does not match any certificate in the file."));
    }

    [Test]
    public void ReadProxy_NoKey_NamesTheFile()
    {
        var path = _directory.File("proxy");
        File.WriteAllText(path, TestChain.Pem(_chain.Proxy));

        var exception = Assert.Throws<MyProxyCryptoException>(() => CredentialFile.ReadProxy(path, crypto));

        Assert.That(exception.Message, Does.StartWith($"cannot read the proxy {path}: no private key found"));
    }

    [Test]
    public void ReadProxy_TooLargeFile_IsRefused()
    {
        var path = _directory.File("proxy");
        File.WriteAllBytes(path, new byte[CredentialFile.MaximumSize + 1]);

        var exception = Assert.Throws<MyProxyException>(() => CredentialFile.ReadProxy(path, crypto));

        Assert.That(exception.Message, Does.Contain("too large for a credential"));
    }

    [Test]
    public void ReadCertificateAndKey_SeparateFilesWithEncryptedKey_ReadsTheCredential()
    {
        var (certificate, key) = (_directory.File("usercert.pem"), _directory.File("userkey.pem"));
        File.WriteAllText(certificate, TestChain.Pem(_chain.User) + TestChain.Pem(_chain.Ca));
        File.WriteAllText(key, crypto.ExportPrivateKeyPem(_chain.UserKey, PrivateKeyPemFormat.EncryptedPkcs8, "user-pass"));

        using var credential = CredentialFile.ReadCertificateAndKey(certificate, key, crypto, "user-pass");

        Assert.That(credential.Chain.Select(c => c.Thumbprint), Is.EqualTo(new[] { _chain.User.Thumbprint, _chain.Ca.Thumbprint }));
    }

    [Test]
    public void ReadCertificateAndKey_SameFileForBoth_ReadsTheCredential()
    {
        var path = _directory.File("proxy.pem");
        File.WriteAllText(path, TestChain.Pem(_chain.Proxy) + TestChain.Pem(_chain.ProxyKey) + TestChain.Pem(_chain.User));

        using var credential = CredentialFile.ReadCertificateAndKey(path, path, crypto, default);

        Assert.That(credential.Certificate.Thumbprint, Is.EqualTo(_chain.Proxy.Thumbprint));
        Assert.That(credential.Chain, Has.Count.EqualTo(2));
    }

    [Test]
    public void ReadCertificateAndKey_WrongPassphrase_NamesTheKeyFileNotThePassphrase()
    {
        var (certificate, key) = (_directory.File("usercert.pem"), _directory.File("userkey.pem"));
        File.WriteAllText(certificate, TestChain.Pem(_chain.User));
        File.WriteAllText(key, crypto.ExportPrivateKeyPem(_chain.UserKey, PrivateKeyPemFormat.EncryptedPkcs8, "user-pass"));

        var exception = Assert.Throws<MyProxyCryptoException>(() => CredentialFile.ReadCertificateAndKey(certificate, key, crypto, "Guess-1234"));

        Assert.That(exception.Message, Is.EqualTo($"cannot read the private key {key}: wrong pass phrase for the private key; try again."));
        Assert.That(exception.ToString(), Does.Not.Contain("Guess-1234"));
    }

    [Test]
    public void ReadCertificateAndKey_KeyOfAnotherCertificate_NamesBothFiles()
    {
        var (certificate, key) = (_directory.File("usercert.pem"), _directory.File("userkey.pem"));
        File.WriteAllText(certificate, TestChain.Pem(_chain.User));
        File.WriteAllText(key, TestChain.Pem(_chain.ProxyKey));

        var exception = Assert.Throws<MyProxyCryptoException>(() => CredentialFile.ReadCertificateAndKey(certificate, key, crypto, default));

        Assert.That(exception.Message, Is.EqualTo($"the private key {key} does not match any certificate in {certificate}."));
    }

    [Test]
    public void ReadCertificateAndKey_CertificateFileWithoutCertificate_NamesIt()
    {
        var (certificate, key) = (_directory.File("usercert.pem"), _directory.File("userkey.pem"));
        File.WriteAllText(certificate, "empty\n");
        File.WriteAllText(key, TestChain.Pem(_chain.UserKey));

        var exception = Assert.Throws<MyProxyCryptoException>(() => CredentialFile.ReadCertificateAndKey(certificate, key, crypto, default));

        Assert.That(exception.Message, Is.EqualTo($"cannot read the certificate {certificate}: no certificate found in the file."));
    }

    [Test]
    public void ReadCertificateAndKey_MissingKeyFile_NamesIt()
    {
        var certificate = _directory.File("usercert.pem");
        File.WriteAllText(certificate, TestChain.Pem(_chain.User));
        var key = _directory.File("userkey.pem");

        var exception = Assert.Throws<MyProxyException>(() => CredentialFile.ReadCertificateAndKey(certificate, key, crypto, default));

        Assert.That(exception.Message, Is.EqualTo($"cannot read the private key {key}: no such file."));
    }

    [Test]
    public void Destroy_ExistingFile_OverwritesWithZerosThenDeletes()
    {
        var path = _directory.File("proxy");
        var link = _directory.File("hard-link");
        File.WriteAllText(path, "secret proxy");
        Run("ln", path, link);

        var destroyed = CredentialFile.Destroy(path);

        Assert.That(destroyed, Is.True);
        Assert.That(File.Exists(path), Is.False);
        Assert.That(File.ReadAllBytes(link), Is.EqualTo(new byte["secret proxy".Length]));
    }

    [Test]
    public void Destroy_MissingFile_ReturnsFalse()
    {
        Assert.That(CredentialFile.Destroy(_directory.File("none")), Is.False);
    }

    [Test]
    public void Destroy_SymbolicLink_RemovesTheLinkAndLeavesTheTarget()
    {
        var (target, path) = (_directory.File("target"), _directory.File("proxy"));
        File.WriteAllText(target, "keep");
        File.CreateSymbolicLink(path, target);

        Assert.That(CredentialFile.Destroy(path), Is.True);
        Assert.That(File.ReadAllText(target), Is.EqualTo("keep"));
        Assert.That(_directory.Entries(), Is.EqualTo(new[] { "target" }));
    }

    [Test]
    public void Destroy_Directory_IsRefused()
    {
        var exception = Assert.Throws<MyProxyException>(() => CredentialFile.Destroy(_directory.Path));

        Assert.That(exception.Message, Is.EqualTo($"refusing to destroy {_directory.Path}: it is not a regular file."));
    }

    private X509Credential ProxyCredential() =>
        CredentialPem.Read(TestChain.Pem(_chain.Proxy) + TestChain.Pem(_chain.ProxyKey) + TestChain.Pem(_chain.User), crypto, default);

    private static void Run(string tool, params string[] arguments)
    {
        using var process = Process.Start(tool, arguments);
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"{tool} failed");
    }
}
