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
    public static IEnumerable<TestCaseData> Misbehaviours() => HostileCases.CliMisbehaviours();

    [TestCaseSource(typeof(HostileCases), nameof(HostileCases.Commands))]
    public async Task ValidExchange_ThisHarness_Succeeds(HostileCommand command)
    {
        await using var server = new HostileServer(HostileScript.Valid(command));
        using var cli = new HostileCli(server.Port);

        var result = await cli.RunAsync(command);

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
    }

    [TestCaseSource(nameof(Misbehaviours))]
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
