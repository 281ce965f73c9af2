using System.Text.RegularExpressions;

namespace MyProxy.IntegrationTests.Cli;

/// <summary>init, info, change-passphrase, destroy, store and retrieve, each checked with the C tools on the other side.</summary>
public sealed partial class RepositoryCliTests
{
    [Test]
    public async Task Init_ThenMyProxyLogon_RetrievesIt()
    {
        using var tools = new CliVersusCTools();
        var username = CliVersusCTools.NewUsername();
        var server = CliVersusCTools.Server;

        var init = await tools.OursAsync(["init", "-S", "-l", username, "-C", server.Alice.CertificatePath, "-y", server.Alice.KeyPath, "-c", "2", "-t", "1"],
            $"{server.Alice.KeyPassphrase}\nstored-pass-1\n");
        var logon = await tools.CToolAsync("myproxy-logon", ["-S", "-l", username, "-o", tools.File("p.pem")], "stored-pass-1\n");

        Assert.Multiple(() =>
        {
            Assert.That(init.ExitCode, Is.Zero, init.Describe());
            Assert.That(init.StandardOutput, Does.EndWith($"A proxy valid for 2 hours (0.1 days) for user {username} now exists on {server.Host}.\n"));
            Assert.That(logon.ExitCode, Is.Zero, logon.Describe());
        });
        await tools.OursAsync(["destroy", "-l", username]);
    }

    [Test]
    public async Task Info_StoredCredentials_SameLayoutAsMyProxyInfo()
    {
        using var tools = new CliVersusCTools();
        var username = CliVersusCTools.NewUsername();
        await tools.CInitAsync(username, "stored-pass-1");
        var store = await tools.CToolAsync("myproxy-store", ["-l", username, "-k", "second", "-K", "a description", "-E", "*",
            "-c", CliVersusCTools.Server.Alice.CertificatePath, "-y", CliVersusCTools.Server.Alice.KeyPath]);
        Assert.That(store.ExitCode, Is.Zero, store.Describe());

        var ours = await tools.OursAsync(["info", "-l", username]);
        var theirs = await tools.CToolAsync("myproxy-info", ["-l", username]);

        Assert.Multiple(() =>
        {
            Assert.That(ours.ExitCode, Is.Zero, ours.Describe());
            Assert.That(WithoutSeconds(ours.StandardOutput), Is.EqualTo(WithoutSeconds(theirs.StandardOutput)));
        });
        await tools.CToolAsync("myproxy-destroy", ["-l", username, "-k", "second"]);
        await tools.CToolAsync("myproxy-destroy", ["-l", username]);
    }

    [Test]
    public async Task Destroy_StoredCredential_MyProxyInfoFindsNothing()
    {
        using var tools = new CliVersusCTools();
        var username = CliVersusCTools.NewUsername();
        await tools.CInitAsync(username, "stored-pass-1");

        var destroy = await tools.OursAsync(["destroy", "-l", username]);
        var info = await tools.CToolAsync("myproxy-info", ["-l", username]);

        Assert.Multiple(() =>
        {
            Assert.That(destroy.StandardOutput, Is.EqualTo($"Default MyProxy credential for user {username} was successfully removed.\n"));
            Assert.That(info.ExitCode, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task ChangePassphrase_ThenLogonWithTheNewOne_Succeeds()
    {
        using var tools = new CliVersusCTools();
        var username = CliVersusCTools.NewUsername();
        await tools.CInitAsync(username, "stored-pass-1");

        var change = await tools.OursAsync(["change-passphrase", "-S", "-l", username], "stored-pass-1\nstored-pass-2\n");
        var logon = await tools.CToolAsync("myproxy-logon", ["-S", "-l", username, "-o", tools.File("p.pem")], "stored-pass-2\n");

        Assert.Multiple(() =>
        {
            Assert.That(change.StandardOutput, Is.EqualTo("Pass phrase changed.\n"), change.Describe());
            Assert.That(logon.ExitCode, Is.Zero, logon.Describe());
        });
        await tools.OursAsync(["destroy", "-l", username]);
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Store_ThenMyProxyRetrieve_GetsTheSameKeyAsOurRetrieve()
    {
        using var tools = new CliVersusCTools();
        var username = CliVersusCTools.NewUsername();
        var alice = CliVersusCTools.Server.Alice;
        var store = await tools.OursAsync(["store", "-l", username, "-k", "st", "-E", "*", "-c", alice.CertificatePath, "-y", alice.KeyPath]);
        Assert.That(store.StandardOutput, Is.EqualTo("Credentials saved to myproxy server.\n"), store.Describe());

        var theirs = await tools.CToolAsync("myproxy-retrieve", ["-S", "-l", username, "-k", "st", "-c", tools.File("c1.pem"), "-y", tools.File("k1.pem")], alice.KeyPassphrase + "\n");
        var ours = await tools.OursAsync(["retrieve", "-S", "-l", username, "-k", "st", "-c", tools.File("c2.pem"), "-y", tools.File("k2.pem")], alice.KeyPassphrase + "\n");

        Assert.Multiple(() =>
        {
            Assert.That(theirs.ExitCode, Is.Zero, theirs.Describe());
            Assert.That(ours.ExitCode, Is.Zero, ours.Describe());
            Assert.That(ours.StandardOutput.Replace(tools.File("c2.pem"), tools.File("c1.pem"), StringComparison.Ordinal).Replace(tools.File("k2.pem"), tools.File("k1.pem"), StringComparison.Ordinal), Is.EqualTo(theirs.StandardOutput));
            Assert.That(File.ReadAllText(tools.File("k2.pem")), Is.EqualTo(File.ReadAllText(tools.File("k1.pem"))));
            Assert.That(File.GetUnixFileMode(tools.File("k2.pem")), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        });
        await tools.OursAsync(["destroy", "-l", username, "-k", "st"]);
    }

    private static string WithoutSeconds(string text) => TimeLeft().Replace(text, "timeleft: T");

    [GeneratedRegex(@"timeleft: \d+:\d\d:\d\d")]
    private static partial Regex TimeLeft();
}
