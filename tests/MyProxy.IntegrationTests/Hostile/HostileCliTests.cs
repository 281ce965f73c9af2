using System.Text.Json;
using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.Hostile;

/// <summary>
/// The built <c>myproxy</c> against a misbehaving server, with a 32 MiB heap: non-zero exit within
/// <c>--timeout</c> and a grace, at most three short plain lines on standard error (also with <c>--json</c>),
/// no stack trace, the existing proxy file byte for byte as it was, no other file written, trust roots untouched.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class HostileCliTests
{
    [TestCaseSource(typeof(HostileCases), nameof(HostileCases.Commands))]
    public async Task ValidExchange_ThisHarness_Succeeds(HostileCommand command)
    {
        await using var server = new HostileServer(HostileScript.Valid(command));
        using var cli = new HostileCli(server.Port);

        var result = await cli.RunAsync(command);

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
    }

    [TestCaseSource(typeof(HostileCases), nameof(HostileCases.Misbehaviours))]
    public async Task Misbehaviour_AtStep_ShortErrorNonZeroExitNothingWritten(HostileCommand command, int step, string name)
    {
        await using var server = new HostileServer(HostileScript.Misbehaving(command, step, HostileCases.Find(command, step, name)));
        using var cli = new HostileCli(server.Port);
        var before = DirectorySnapshot.Of(cli.Home);

        var result = await cli.RunAsync(command);

        AssertRefused(result, cli, before);
    }

    [TestCase(HostileCommand.Get, 0, "LongErrorText")]
    [TestCase(HostileCommand.Get, 1, "GarbledDer")]
    [TestCase(HostileCommand.Get, 1, "Trickle")]
    [TestCase(HostileCommand.Retrieve, 1, "ForeignKey")]
    public async Task Misbehaviour_WithJson_ErrorDocumentIsShortAndPlain(HostileCommand command, int step, string name)
    {
        await using var server = new HostileServer(HostileScript.Misbehaving(command, step, HostileCases.Find(command, step, name)));
        using var cli = new HostileCli(server.Port);
        var before = DirectorySnapshot.Of(cli.Home);

        var result = await cli.RunAsync(command, "--json");

        Assert.That(result.ExitCode, Is.Not.Zero, result.Describe());
        using var document = JsonDocument.Parse(result.StandardOutput);
        var error = document.RootElement.GetProperty("error").GetString() ?? string.Empty;
        HostileAssert.IsShortPlainMessage(error, "Error");
        var serverErrors = document.RootElement.GetProperty("serverErrors").EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList();
        Assert.That(serverErrors, Has.Count.LessThanOrEqualTo(HostileAssert.MaxLines));
        Assert.That(serverErrors, Has.All.Length.LessThanOrEqualTo(HostileAssert.MaxLineLength).And.Not.Contains('\u001b'));
        Assert.That(DirectorySnapshot.Of(cli.Home), Is.EqualTo(before));
    }

    [TestCaseSource(typeof(HostileCases), nameof(HostileCases.EscapingTrustRoots))]
    public async Task TrustRootName_EscapingTheDirectory_RefusedAndNothingWritten(HostileCommand command, string name)
    {
        await using var server = new HostileServer(HostileScript.Misbehaving(command, 0, HostileCases.TrustRootsNamed(name)));
        using var cli = new HostileCli(server.Port);
        var before = DirectorySnapshot.Of(cli.Home);

        var result = await cli.RunAsync(command);

        AssertRefused(result, cli, before);
        Assert.That(File.Exists("/tmp/myproxy-hostile-absolute.0"), Is.False);
    }

    /// <summary>
    /// A flood at any step of a logon, without the heap cap: the process stays within a few MiB of a valid logon's
    /// peak, where buffering the 64 MiB flood would add at least that much.
    /// </summary>
    [TestCaseSource(nameof(GetFloods))]
    public async Task Flood_AtStep_PeakMemoryNearAValidLogon(int step, string name)
    {
        var baseline = await ValidLogonPeakKiBAsync();
        await using var server = new HostileServer(HostileScript.Misbehaving(HostileCommand.Get, step, HostileCases.Find(HostileCommand.Get, step, name)));
        using var cli = new HostileCli(server.Port);

        var (result, peakKiB) = await cli.RunMeasuredAsync(HostileCommand.Get);

        Assert.That(result.ExitCode, Is.Not.Zero, result.Describe());
        await TestContext.Out.WriteLineAsync($"{name} at GET step {step}: peak RSS {peakKiB} KiB; valid logon {baseline} KiB");
        Assert.That(peakKiB, Is.LessThanOrEqualTo(baseline + FloodHeadroomKiB), $"peak RSS {peakKiB} KiB against a valid logon's {baseline} KiB");
    }

    /// <summary>What a flood may add to a valid logon's peak RSS: far below the flood's 64 MiB.</summary>
    private const long FloodHeadroomKiB = 16 * 1024;

    private static readonly Lazy<Task<long>> ValidLogonPeak = new(MeasureValidLogonAsync);

    public static IEnumerable<TestCaseData> GetFloods() =>
        from step in ValidExchange.AllSteps().Where(s => s.Command == HostileCommand.Get)
        from name in new[] { "NulFlood", "EndlessText", "ErrorFlood" }
        select new TestCaseData(step.Step, name).SetArgDisplayNames(name, $"Get{step.Name}");

    private static Task<long> ValidLogonPeakKiBAsync() => ValidLogonPeak.Value;

    private static async Task<long> MeasureValidLogonAsync()
    {
        await using var server = new HostileServer(HostileScript.Valid(HostileCommand.Get));
        using var cli = new HostileCli(server.Port);
        var (result, peakKiB) = await cli.RunMeasuredAsync(HostileCommand.Get);
        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        return peakKiB;
    }

    private static void AssertRefused(ToolResult result, HostileCli cli, IReadOnlyDictionary<string, string> before)
    {
        Assert.That(result.ExitCode, Is.Not.Zero, result.Describe());
        // The whole report, the C tools' headings included: a flood of server lines is summarised on one line.
        HostileAssert.IsShortPlainMessage(result.StandardError, result.Describe());
        Assert.That(result.StandardError, Does.Not.Contain("OutOfMemory"));
        Assert.That(File.ReadAllText(cli.ExistingProxy), Is.EqualTo(HostileCli.Precious));
        Assert.That(DirectorySnapshot.Of(cli.Home), Is.EqualTo(before));
    }
}
