using System.Globalization;
using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.Crypto.Cli;

/// <summary><c>myproxy proxy info</c>, the built binary, against <c>grid-proxy-info</c> on every grid-proxy-init vector.</summary>
public sealed class CliProxyInfoInteropTests
{
    private const string TimeLeftLabel = "timeleft : ";

    private string _home = null!;

    public static IEnumerable<string> GeneratedVectors() => GridProxyVectors.Generated.Select(vector => vector.Name);

    [OneTimeSetUp]
    public void CreateHome() => _home = Directory.CreateTempSubdirectory("myproxy-cli-info-").FullName;

    [OneTimeTearDown]
    public void DeleteHome() => Directory.Delete(_home, recursive: true);

    // The clock may tick between the two runs: every line but timeleft is compared byte for byte, timeleft within 2 s.
    [Test]
    public async Task Info_EveryGridProxyInitVector_PrintsWhatGridProxyInfoPrints()
    {
        Assert.That(GridProxyVectors.Generated, Is.Not.Empty);
        foreach (var vector in GridProxyVectors.Generated)
        {
            var ours = await MyProxyBinary.RunAsync(["proxy", "info", "-f", vector.Path], _home);
            var theirs = await ExternalTool.RunAsync("grid-proxy-info", ["-file", vector.Path]);

            Assert.That((ours.ExitCode, theirs.ExitCode), Is.EqualTo((0, 0)), $"{vector.Name}: {ours.Describe()} / {theirs.Describe()}");
            var (ourLines, ourSeconds) = Split(ours.StandardOutput);
            var (theirLines, theirSeconds) = Split(theirs.StandardOutput);
            Assert.That(ourLines, Is.EqualTo(theirLines), vector.Name);
            Assert.That(ourSeconds, Is.EqualTo(theirSeconds).Within(2), vector.Name);
        }
    }

    [Test]
    public async Task Info_SingleFieldOptions_PrintWhatGridProxyInfoPrints()
    {
        string[] fields = ["-subject", "-issuer", "-identity", "-type", "-strength", "-path"];
        foreach (var vector in GridProxyVectors.Generated)
        {
            var ours = await MyProxyBinary.RunAsync(["proxy", "info", "-file", vector.Path, .. fields], _home);
            var theirs = await ExternalTool.RunAsync("grid-proxy-info", ["-file", vector.Path, .. fields]);

            Assert.That(ours.StandardOutput, Is.EqualTo(theirs.StandardOutput), vector.Name);
        }
    }

    [TestCase("0:30", 0)]
    [TestCase("2:00", 1)]
    public async Task Info_ExistsWithValid_ExitsAsGridProxyInfoDoes(string valid, int expected)
    {
        var vector = GridProxyVectors.Named("rfc");

        var ours = await MyProxyBinary.RunAsync(["proxy", "info", "-file", vector.Path, "-e", "-valid", valid], _home);
        var theirs = await ExternalTool.RunAsync("grid-proxy-info", ["-file", vector.Path, "-e", "-valid", valid]);

        Assert.That((ours.ExitCode, theirs.ExitCode), Is.EqualTo((expected, expected)));
    }

    private static (string[] Lines, long Seconds) Split(string output)
    {
        var lines = output.Split('\n');
        var timeLeft = lines.Single(line => line.StartsWith(TimeLeftLabel, StringComparison.Ordinal));
        var parts = timeLeft[TimeLeftLabel.Length..].Split(' ')[0].Split(':').Select(part => long.Parse(part, CultureInfo.InvariantCulture)).ToArray();
        return ([.. lines.Where(line => line != timeLeft)], (parts[0] * 3600) + (parts[1] * 60) + parts[2]);
    }
}
