using System.Text.Json;
using MyProxy.Cli.Tests.Support;

namespace MyProxy.Cli.Tests.Commands.Proxy;

public sealed class ProxyVerifyCommandTests
{
    private CliRun _run = null!;

    [SetUp]
    public async Task CreateProxy()
    {
        _run = new CliRun();
        Assert.That(await _run.InitAsync("--limited"), Is.EqualTo(ExitCodes.Success));
    }

    [TearDown]
    public void DisposeRun() => _run.Dispose();

    [Test]
    public async Task Verify_ProxyOfTrustedUser_SaysValidWithTypeIdentityAndTimeLeft()
    {
        var exitCode = await _run.RunAsync("proxy", "verify");

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success), _run.Error);
        Assert.That(_run.Output, Is.EqualTo(
            $"valid: RFC 3820 compliant limited proxy for /DC=org/DC=example/CN=Test User, 12:00:00 left{Environment.NewLine}"));
    }

    [Test]
    public async Task Verify_CaNotInTrustDirectory_FailsOnOneLineNamingCertificateAndRule()
    {
        var empty = Directory.CreateDirectory(_run.File("empty-trust")).FullName;

        var exitCode = await _run.RunAsync("proxy", "verify", "--ca-dir", empty);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Failure));
        Assert.That(_run.Error.TrimEnd().Split(Environment.NewLine), Has.Length.EqualTo(1));
        Assert.That(_run.Error, Does.StartWith($"myproxy: {_run.ProxyPath} is not valid: certificate ").And.Contain("[UntrustedIssuer]"));
    }

    [Test]
    public async Task Verify_Json_ListsTheFailures()
    {
        var empty = Directory.CreateDirectory(_run.File("empty-trust")).FullName;

        var exitCode = await _run.RunAsync("proxy", "verify", "--ca-dir", empty, "--json");

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Failure));
        using var document = JsonDocument.Parse(_run.Output);
        Assert.That(document.RootElement.GetProperty("valid").GetBoolean(), Is.False);
        Assert.That(document.RootElement.GetProperty("failures")[0].GetProperty("rule").GetString(), Is.EqualTo("UntrustedIssuer"));
    }

    [Test]
    public async Task Verify_TrustDirectoryFromEnvironment_IsUsedByDefault()
    {
        _run.Variables["X509_CERT_DIR"] = _run.File("does-not-exist");

        var exitCode = await _run.RunAsync("proxy", "verify");

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Failure));
        Assert.That(_run.Error, Does.Contain(_run.File("does-not-exist")));
    }
}
