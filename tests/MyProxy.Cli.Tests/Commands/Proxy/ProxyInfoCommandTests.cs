using System.Text.Json;
using MyProxy.Cli.Tests.Support;

namespace MyProxy.Cli.Tests.Commands.Proxy;

public sealed class ProxyInfoCommandTests
{
    private CliRun _run = null!;

    [SetUp]
    public async Task CreateProxy()
    {
        _run = new CliRun();
        Assert.That(await _run.InitAsync("--valid", "2:30"), Is.EqualTo(ExitCodes.Success));
    }

    [TearDown]
    public void DisposeRun() => _run.Dispose();

    [Test]
    public async Task Info_NoOptions_PrintsGridProxyInfosLabelledBlock()
    {
        var exitCode = await _run.RunAsync("proxy", "info");

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
        var lines = _run.Output.Split(Environment.NewLine);
        Assert.That(lines[0], Does.Match(@"^subject  : /DC=org/DC=example/CN=Test User/CN=\d+$"));
        Assert.That(lines[1..], Is.EqualTo(new[]
        {
            "issuer   : /DC=org/DC=example/CN=Test User",
            "identity : /DC=org/DC=example/CN=Test User",
            "type     : RFC 3820 compliant impersonation proxy",
            "strength : 2048 bits",
            $"path     : {_run.ProxyPath}",
            "timeleft : 2:30:00",
            string.Empty,
        }));
    }

    [Test]
    public async Task Info_FieldOptions_PrintThoseFieldsInTheOrderGiven()
    {
        await _run.RunAsync("proxy", "info", "-f", _run.ProxyPath, "-strength", "-type", "-timeleft", "-identity");

        Assert.That(_run.Output.Split(Environment.NewLine), Is.EqualTo(new[]
        {
            "2048", "RFC 3820 compliant impersonation proxy", "9000", "/DC=org/DC=example/CN=Test User", string.Empty,
        }));
    }

    [TestCase("2:29", ExitCodes.Success)]
    [TestCase("2:30", ExitCodes.Success)]
    [TestCase("2:31", ExitCodes.Failure)]
    public async Task Info_ExistsWithValid_ExitsZeroOnlyWhenThatMuchTimeIsLeft(string valid, int expected)
    {
        var exitCode = await _run.RunAsync("proxy", "info", "-e", "-valid", valid);

        Assert.That(exitCode, Is.EqualTo(expected));
        Assert.That(_run.Output, Is.Empty);
    }

    [TestCase("2048", ExitCodes.Success)]
    [TestCase("4096", ExitCodes.Failure)]
    public async Task Info_ExistsWithBits_ExitsZeroOnlyForAStrongEnoughKey(string bits, int expected)
    {
        var exitCode = await _run.RunAsync("proxy", "info", "--exists", "--bits", bits);

        Assert.That(exitCode, Is.EqualTo(expected));
    }

    [Test]
    public async Task Info_ValidWithoutExists_IsAUsageError()
    {
        var exitCode = await _run.RunAsync("proxy", "info", "--valid", "1:00");

        Assert.That(exitCode, Is.EqualTo(ExitCodes.UsageError));
    }

    [Test]
    public async Task Info_Json_HasGridProxyInfosFieldsAndTheExtras()
    {
        await _run.RunAsync("proxy", "info", "--json");

        using var document = JsonDocument.Parse(_run.Output);
        var root = document.RootElement;
        Assert.That(root.GetProperty("type").GetString(), Is.EqualTo("RFC 3820 compliant impersonation proxy"));
        Assert.That(root.GetProperty("strength").GetInt32(), Is.EqualTo(2048));
        Assert.That(root.GetProperty("timeLeft").GetInt64(), Is.EqualTo(9000));
        Assert.That(root.GetProperty("isProxy").GetBoolean(), Is.True);
        Assert.That(root.GetProperty("isLimited").GetBoolean(), Is.False);
        Assert.That(root.GetProperty("notAfter").GetDateTimeOffset(), Is.EqualTo(_run.Now.AddMinutes(150)));
        Assert.That(root.GetProperty("pathLengthLeft").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(root.GetProperty("vomsFqans").GetArrayLength(), Is.Zero);
        Assert.That(root.GetProperty("diracGroup").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task Info_MissingFile_FailsOnOneLineNamingIt()
    {
        var missing = _run.File("no-such-proxy");

        var exitCode = await _run.RunAsync("proxy", "info", "-f", missing);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Failure));
        Assert.That(_run.Error, Is.EqualTo($"myproxy: cannot read the proxy {missing}: no such file.{Environment.NewLine}"));
    }
}
