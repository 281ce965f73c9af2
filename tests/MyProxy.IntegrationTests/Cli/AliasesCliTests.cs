namespace MyProxy.IntegrationTests.Cli;

/// <summary>A script written for the C tools, run through <c>myproxy install-aliases</c> links, gives the C tools' results.</summary>
public sealed class AliasesCliTests
{
    [Test]
    public async Task Script_ThroughAliasLinks_PrintsWhatTheCToolsPrint()
    {
        using var tools = new CliVersusCTools();
        var bin = tools.File("bin");
        var install = await tools.OursAsync(["install-aliases", bin]);
        Assert.That(install.ExitCode, Is.Zero, install.Describe());
        const string script = """
            set -e
            echo "$PASS" | myproxy-logon -S -s localhost -p "$PORT" -l alice -t 1 -o "$OUT"
            myproxy-info -s localhost -p "$PORT" -l alice | sed 's/[0-9]*:[0-9][0-9]:[0-9][0-9]/T/'
            """;

        var ours = await RunScriptAsync(tools, script, bin, tools.File("ours.pem"));
        var theirs = await RunScriptAsync(tools, script, "/usr/bin", tools.File("ours.pem"));

        Assert.Multiple(() =>
        {
            Assert.That(ours.ExitCode, Is.Zero, ours.Describe());
            Assert.That(ours.StandardOutput, Is.EqualTo(theirs.StandardOutput));
        });
    }

    private static Task<Fixture.ToolResult> RunScriptAsync(CliVersusCTools tools, string script, string first, string output)
    {
        var environment = new Dictionary<string, string>(tools.Environment)
        {
            ["PATH"] = $"{first}:{Environment.GetEnvironmentVariable("PATH")}",
            ["PASS"] = CliVersusCTools.Server.AliceCredential.Passphrase,
            ["PORT"] = tools.Port,
            ["OUT"] = output,
        };
        return Fixture.ExternalTool.RunAsync("bash", ["-c", script], environment);
    }
}
