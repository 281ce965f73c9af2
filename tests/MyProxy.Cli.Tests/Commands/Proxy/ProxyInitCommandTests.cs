using System.Runtime.Versioning;
using System.Security.Cryptography;
using MyProxy.Cli.Commands.Proxy;
using MyProxy.Cli.Tests.Support;
using MyProxy.Crypto.Proxies;
using NSubstitute;

namespace MyProxy.Cli.Tests.Commands.Proxy;

[Platform(Exclude = "Win")]
[UnsupportedOSPlatform("windows")]
public sealed class ProxyInitCommandTests
{
    private CliRun _run = null!;

    [SetUp]
    public void CreateRun() => _run = new CliRun();

    [TearDown]
    public void DisposeRun() => _run.Dispose();

    [Test]
    public async Task Init_StandardInputPassphrase_WritesProxyReadableOnlyByTheOwner()
    {
        var exitCode = await _run.InitAsync();

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), _run.Error);
        Assert.That(File.GetUnixFileMode(_run.ProxyPath), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    [Test]
    public async Task Init_Success_PrintsGridProxyInitsThreeLines()
    {
        await _run.RunAsync("proxy", "init", "-S");

        var lines = _run.Output.Split(Environment.NewLine);
        Assert.That(lines[0], Is.EqualTo("Your identity: /DC=org/DC=example/CN=Test User"));
        Assert.That(lines[1], Is.EqualTo("Creating proxy .... Done"));
        Assert.That(lines[2], Does.Match(@"^Your proxy is valid until: \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}$"));
    }

    [Test]
    public async Task Init_Defaults_MakeTwelveHourRfcImpersonationProxyWithRsa2048()
    {
        await _run.InitAsync();

        using var proxy = _run.ReadProxy();
        var classification = ProxyCertificateClassifier.Classify(proxy.Certificate);
        Assert.That(classification.Format, Is.EqualTo(ProxyCertificateFormat.Rfc3820));
        Assert.That(classification.Policy, Is.EqualTo(ProxyPolicyKind.InheritAll));
        Assert.That(proxy.Certificate.NotAfter.ToUniversalTime(), Is.EqualTo(_run.Now.AddHours(12).UtcDateTime));
        Assert.That(proxy.PrivateKey.KeySize, Is.EqualTo(2048));
    }

    [TestCase("legacy", "--limited", ProxyCertificateFormat.Legacy, ProxyPolicyKind.Limited)]
    [TestCase("draft", "--independent", ProxyCertificateFormat.Draft, ProxyPolicyKind.Independent)]
    [TestCase("rfc", "--limited", ProxyCertificateFormat.Rfc3820, ProxyPolicyKind.Limited)]
    public async Task Init_FormatAndPolicy_MakeThatKindOfProxy(string format, string policy, ProxyCertificateFormat expectedFormat, ProxyPolicyKind expectedPolicy)
    {
        await _run.InitAsync("--format", format, policy);

        using var proxy = _run.ReadProxy();
        var classification = ProxyCertificateClassifier.Classify(proxy.Certificate);
        Assert.That((classification.Format, classification.Policy), Is.EqualTo((expectedFormat, expectedPolicy)));
    }

    [Test]
    public async Task Init_GridProxyInitSpellings_AreAccepted()
    {
        var output = _run.File("gct-spelled");

        var exitCode = await _run.RunAsync("proxy", "init", "-pwstdin", "-q", "-old", "-limited", "-valid", "1:30", "-out", output);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), _run.Error);
        using var proxy = _run.ReadProxy(output);
        Assert.That(ProxyCertificateClassifier.Classify(proxy.Certificate).Format, Is.EqualTo(ProxyCertificateFormat.Legacy));
        Assert.That(proxy.Certificate.NotAfter.ToUniversalTime(), Is.EqualTo(_run.Now.AddMinutes(90).UtcDateTime));
    }

    [Test]
    public async Task Init_EcKeyWith384Bits_UsesP384()
    {
        await _run.InitAsync("--key-type", "ec", "--bits", "384");

        using var proxy = _run.ReadProxy();
        Assert.That(proxy.PrivateKey, Is.InstanceOf<ECDsa>().With.Property(nameof(ECDsa.KeySize)).EqualTo(384));
    }

    [Test]
    public async Task Init_PathLength_IsWrittenIntoProxyCertInfo()
    {
        await _run.InitAsync("--path-length", "2");

        using var proxy = _run.ReadProxy();
        Assert.That(ProxyCertificateClassifier.Classify(proxy.Certificate).ProxyCertInfo?.PathLength, Is.EqualTo(2));
    }

    [Test]
    public async Task Init_BouncyCastle_MakesAProxyToo()
    {
        var exitCode = await _run.InitAsync("--crypto", "bouncycastle");

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), _run.Error);
        using var proxy = _run.ReadProxy();
        Assert.That(ProxyCertificateClassifier.Classify(proxy.Certificate).IsProxy, Is.True);
    }

    [TestCase("--limited", "--independent")]
    [TestCase("--hours", "2", "--valid", "2:00")]
    [TestCase("--key-type", "ec", "--bits", "521")]
    [TestCase("--bits", "1024")]
    [TestCase("--valid", "1:75")]
    [TestCase("--format", "gsi2")]
    [TestCase("--crypto", "openssl")]
    public async Task Init_ContradictoryOrMalformedOptions_AreUsageErrorsAndWriteNothing(params string[] options)
    {
        var exitCode = await _run.InitAsync(options);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(File.Exists(_run.ProxyPath), Is.False);
        _run.Passphrases.DidNotReceive().ReadFromStandardInput();
    }

    [Test]
    public async Task Init_WrongPassphrase_FailsOnOneLineAndWritesNoFile()
    {
        _run.HandOutPassphrase("wrong pass phrase");

        var exitCode = await _run.InitAsync();

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Failure));
        Assert.That(_run.Error.TrimEnd().Split(Environment.NewLine), Has.Length.EqualTo(1));
        Assert.That(_run.Error, Does.Contain(_run.KeyPath).And.Contain("pass phrase"));
        Assert.That(File.Exists(_run.ProxyPath), Is.False);
    }

    [Test]
    public async Task Init_WrongPassphrase_LeavesAnExistingProxyUntouched()
    {
        await File.WriteAllTextAsync(_run.ProxyPath, "the old proxy");
        _run.HandOutPassphrase("wrong pass phrase");

        await _run.InitAsync();

        Assert.That(await File.ReadAllTextAsync(_run.ProxyPath), Is.EqualTo("the old proxy"));
    }

    [Test]
    public async Task Init_Passphrase_IsClearedAfterUse()
    {
        var handedOut = _run.HandOutPassphrase(CliRun.Passphrase);

        await _run.InitAsync();

        Assert.That(CliRun.IsCleared(handedOut), Is.True);
    }

    [Test]
    public async Task Init_WrongPassphrase_NeverAppearsInOutput()
    {
        _run.HandOutPassphrase("hunter2-secret");

        await _run.RunAsync("proxy", "init", "-S", "--debug");

        Assert.That(_run.Output + _run.Error, Does.Not.Contain("hunter2-secret"));
    }

    [Test]
    public async Task Init_WithoutStandardInputOption_PromptsLikeGridProxyInit()
    {
        await _run.RunAsync("proxy", "init", "-q");

        _run.Passphrases.Received(1).Prompt("Enter GRID pass phrase for this identity:");
    }

    [Test]
    public async Task Init_UnencryptedKey_DoesNotAskForAPassphrase()
    {
        await _run.InitAsync();
        var output = _run.File("second");

        var exitCode = await _run.RunAsync("proxy", "init", "-q", "--cert", _run.ProxyPath, "--key", _run.ProxyPath, "-o", output);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), _run.Error);
        _run.Passphrases.DidNotReceive().Prompt(Arg.Any<string>());
    }

    [Test]
    public async Task Init_MissingCertificate_NamesItAndSuggestsCert()
    {
        _run.Variables.Remove("X509_USER_CERT");

        var exitCode = await _run.InitAsync();

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Failure));
        var expected = Path.Combine(_run.Variables["HOME"], ".globus", "usercert.pem");
        Assert.That(_run.Error, Is.EqualTo($"myproxy: cannot read the certificate {expected}: no such file; use --cert.{Environment.NewLine}"));
    }

    [Test]
    public async Task Init_KeyOfAnotherCertificate_FailsAndWritesNoFile()
    {
        await _run.InitAsync("-o", _run.File("other"));
        var exitCode = await _run.RunAsync("proxy", "init", "-q", "--key", _run.File("other"));

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Failure));
        Assert.That(_run.Error, Does.Contain("does not match"));
        Assert.That(File.Exists(_run.ProxyPath), Is.False);
    }

    [Test]
    public async Task Init_OutputOption_OverridesTheEnvironment()
    {
        var output = _run.File("elsewhere");

        await _run.InitAsync("--out", output);

        Assert.That((File.Exists(output), File.Exists(_run.ProxyPath)), Is.EqualTo((true, false)));
    }

    [Test]
    public void PassphrasePrompt_IsGridProxyInitsWording()
    {
        Assert.That(ProxyInitRunner.PassphrasePrompt, Is.EqualTo("Enter GRID pass phrase for this identity:"));
    }
}
