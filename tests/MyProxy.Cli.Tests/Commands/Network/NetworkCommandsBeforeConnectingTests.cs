using MyProxy.Cli.Tests.Support;

namespace MyProxy.Cli.Tests.Commands.Network;

/// <summary>What the network commands decide before they connect, with the C tools' messages and exit status.</summary>
public sealed class NetworkCommandsBeforeConnectingTests
{
    [TestCase("info")]
    [TestCase("destroy")]
    [TestCase("logon")]
    public async Task Run_NoUsernameAndNoLogname_SaysPleaseSpecifyAUsername(string command)
    {
        using var run = new CliRun();

        var exitCode = await run.RunAsync(command, "-s", "localhost", "-p", "1");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(run.Error.Trim(), Is.EqualTo("Please specify a username."));
        });
    }

    [Test]
    public async Task Logon_ShortPassphrase_RefusesBeforeConnecting()
    {
        using var run = new CliRun();
        run.HandOutPassphrase("abc");

        var exitCode = await run.RunAsync("logon", "-s", "localhost", "-p", "1", "-l", "alice", "-S", "-o", run.File("out"));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(run.Error.Trim(), Is.EqualTo("Passphrase must be at least 6 characters long."));
            Assert.That(File.Exists(run.File("out")), Is.False);
        });
    }

    [Test]
    public async Task Info_NoServer_FailsWithExitOne()
    {
        using var run = new CliRun();
        run.Variables["LOGNAME"] = "alice";

        var exitCode = await run.RunAsync("info");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(run.Error, Is.EqualTo("Unspecified myproxy-server. Please set the MYPROXY_SERVER environment variable\nor set the myproxy-server hostname via the -s flag.\n"));
        });
    }

    [Test]
    public async Task Info_NoServerWithJson_PrintsAJsonError()
    {
        using var run = new CliRun();
        run.Variables["LOGNAME"] = "alice";

        var exitCode = await run.RunAsync("info", "--json");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(run.Output, Does.Contain("\"error\":"));
        });
    }

    [Test]
    public async Task Retrieve_ExistingCertificateFile_RefusesAndLeavesIt()
    {
        using var run = new CliRun();
        var existing = run.File("existing.pem");
        await File.WriteAllTextAsync(existing, "keep me");

        var exitCode = await run.RunAsync("retrieve", "-s", "localhost", "-p", "1", "-l", "alice", "-S", "-c", existing, "-y", run.File("key.pem"));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(run.Error.Trim(), Is.EqualTo($"{existing} exists."));
            Assert.That(File.ReadAllText(existing), Is.EqualTo("keep me"));
        });
    }
}
