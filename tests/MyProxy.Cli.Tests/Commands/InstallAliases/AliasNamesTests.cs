using MyProxy.Cli.Commands.InstallAliases;
using MyProxy.Cli.Tests.Support;

namespace MyProxy.Cli.Tests.Commands.InstallAliases;

public sealed class AliasNamesTests
{
    [TestCase("/usr/local/bin/myproxy-logon", "logon")]
    [TestCase("myproxy-get-delegation", "get-delegation")]
    [TestCase("/x/myproxy-init", "init")]
    [TestCase("myproxy-store", "store")]
    [TestCase("myproxy-retrieve", "retrieve")]
    [TestCase("myproxy-info", "info")]
    [TestCase("myproxy-destroy", "destroy")]
    [TestCase("myproxy-change-pass-phrase", "change-passphrase")]
    [TestCase("myproxy-get-trustroots", "get-trustroots")]
    public void Dispatch_CToolName_PrependsItsSubcommand(string programName, string subcommand) =>
        Assert.That(AliasNames.Dispatch(programName, ["-s", "h"]), Is.EqualTo(new[] { subcommand, "-s", "h" }));

    [TestCase("/usr/bin/myproxy")]
    [TestCase(null)]
    [TestCase("myproxy-unknown")]
    public void Dispatch_OtherName_LeavesTheArguments(string? programName) =>
        Assert.That(AliasNames.Dispatch(programName, ["info"]), Is.EqualTo(new[] { "info" }));

    [Test]
    public async Task InstallAliases_EmptyDirectory_LinksEveryName()
    {
        using var run = new CliRun();
        var directory = run.File("bin");

        var exitCode = await run.RunAsync("install-aliases", directory);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, run.Error);
            foreach (var name in AliasNames.Subcommands.Keys)
            {
                Assert.That(new FileInfo(Path.Combine(directory, name)).LinkTarget, Is.EqualTo(Environment.ProcessPath), name);
            }
        });
    }

    [Test]
    public async Task InstallAliases_ExistingFileWithoutForce_Fails()
    {
        using var run = new CliRun();
        var directory = Directory.CreateDirectory(run.File("bin")).FullName;
        await File.WriteAllTextAsync(Path.Combine(directory, "myproxy-logon"), "x");

        var exitCode = await run.RunAsync("install-aliases", directory);

        Assert.That(exitCode, Is.EqualTo(1));
    }
}
