using System.CommandLine;
using MyProxy.Cli.Commands.GetTrustRoots;
using MyProxy.Crypto;

namespace MyProxy.Cli.Tests.Commands.GetTrustRoots;

public sealed class GetTrustRootsCommandTests
{
    private static GetTrustRootsSettings Parse(params string[] args)
    {
        var root = new RootCommand { GetTrustRootsCommand.Create(_ => null, isRoot: false) };
        var result = root.Parse(["get-trustroots", .. args]);
        Assert.That(result.Errors, Is.Empty, string.Join("; ", result.Errors.Select(error => error.Message)));
        return GetTrustRootsCommand.Settings(result);
    }

    private static IReadOnlyList<string> Errors(params string[] args)
    {
        var root = new RootCommand { GetTrustRootsCommand.Create(_ => null, isRoot: false) };
        return [.. root.Parse(["get-trustroots", .. args]).Errors.Select(error => error.Message)];
    }

    [Test]
    public void Settings_NoOptions_AreTheDefaults()
    {
        Assert.That(Parse(), Is.EqualTo(new GetTrustRootsSettings()));
    }

    [Test]
    public void Settings_DefaultTransportAndCrypto_AreAutoAndSystem()
    {
        var settings = Parse();

        Assert.That((settings.Transport, settings.Crypto), Is.EqualTo(("auto", CryptoBackend.System)));
    }

    [Test]
    public void Settings_TheCToolsShortOptions_AreRecognised()
    {
        var settings = Parse("-b", "-q", "-v", "-s", "myproxy.example.org", "-p", "7513");

        Assert.That(settings, Is.EqualTo(new GetTrustRootsSettings { Bootstrap = true, Quiet = true, Verbose = true, Servers = "myproxy.example.org", Port = 7513 }));
    }

    [Test]
    public void Settings_TheCToolsLongOptions_AreRecognised()
    {
        var settings = Parse("--bootstrap", "--quiet", "--verbose", "--pshost", "h1,h2:7513", "--psport", "7514");

        Assert.That(settings, Is.EqualTo(new GetTrustRootsSettings { Bootstrap = true, Quiet = true, Verbose = true, Servers = "h1,h2:7513", Port = 7514 }));
    }

    [Test]
    public void Settings_OurAdditions_AreRecognised()
    {
        var settings = Parse("--transport", "bouncycastle", "--crypto", "bouncycastle", "--timeout", "5", "--json");

        Assert.That(settings, Is.EqualTo(new GetTrustRootsSettings
        {
            Transport = "bouncycastle", Crypto = CryptoBackend.BouncyCastle, Timeout = TimeSpan.FromSeconds(5), Json = true,
        }));
    }

    [TestCase("0")]
    [TestCase("65536")]
    public void Parse_PortOutOfRange_IsAnError(string port)
    {
        Assert.That(Errors("-p", port), Has.Some.Contains("--psport must be a port from 1 to 65535"));
    }

    [Test]
    public void Parse_ZeroTimeout_IsAnError()
    {
        Assert.That(Errors("--timeout", "0"), Has.Some.Contains("--timeout must be a positive number of seconds"));
    }

    [Test]
    public void Parse_UnknownTransport_IsAnError()
    {
        Assert.That(Errors("--transport", "gsi"), Has.Some.Contains("gsi"));
    }

    [Test]
    public void Parse_PositionalArgument_IsAnError()
    {
        Assert.That(Errors("localhost"), Is.Not.Empty);
    }

    [Test]
    public async Task RunAsync_UnknownCrypto_ReturnsUsageError()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await MyProxyCommandLine.RunAsync(["get-trustroots", "--crypto", "openssl"], output, error);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.UsageError));
    }

    [Test]
    public async Task RunAsync_RootHelp_ListsGetTrustRoots()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        await MyProxyCommandLine.RunAsync(["--help"], output, error);

        Assert.That(output.ToString(), Does.Contain("get-trustroots"));
    }
}
