namespace MyProxy.IntegrationTests.Cli;

/// <summary>Refusals: the same <c>ERROR from myproxy-server:</c> lines and exit status as the C tools, and nothing written.</summary>
public sealed class RefusalCliTests
{
    [TestCase("alice", "not-the-passphrase")]
    [TestCase("bob", "bob-bob-bob")]
    public async Task Logon_Refused_SameErrorAndExitStatusAsMyProxyLogon(string username, string passphrase)
    {
        using var tools = new CliVersusCTools();
        var ours = tools.File("ours.pem");
        await File.WriteAllTextAsync(ours, "existing");

        var result = await tools.OursAsync(["logon", "-S", "-l", username, "-o", ours], passphrase + "\n");
        var reference = await tools.CToolAsync("myproxy-logon", ["-S", "-l", username, "-o", tools.File("theirs.pem")], passphrase + "\n");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(reference.ExitCode).And.EqualTo(1));
            Assert.That(result.StandardError, Is.EqualTo(reference.StandardError));
            Assert.That(File.ReadAllText(ours), Is.EqualTo("existing"));
            Assert.That(File.Exists(tools.File("theirs.pem")), Is.False);
        });
    }

    [Test]
    public async Task Logon_WrongServerDN_FailsAsMyProxyLogonAndWritesNothing()
    {
        using var tools = new CliVersusCTools();
        tools.Environment["MYPROXY_SERVER_DN"] = "/CN=wrong";

        await AssertBothFailAndWriteNothingAsync(tools);
    }

    [Test]
    public async Task Logon_UntrustedServer_FailsAsMyProxyLogonAndWritesNothing()
    {
        using var tools = new CliVersusCTools();
        tools.Environment["X509_CERT_DIR"] = Directory.CreateDirectory(tools.File("empty-trust")).FullName;

        await AssertBothFailAndWriteNothingAsync(tools);
    }

    [Test]
    public async Task Info_UnknownUser_SameErrorAsMyProxyInfo()
    {
        using var tools = new CliVersusCTools();

        var result = await tools.OursAsync(["info", "-l", "nobody-here"]);
        var reference = await tools.CToolAsync("myproxy-info", ["-l", "nobody-here"]);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(reference.ExitCode).And.EqualTo(1));
            Assert.That(result.StandardError, Is.EqualTo(reference.StandardError));
        });
    }

    [Test]
    public async Task Destroy_MissingCredential_SameErrorAsMyProxyDestroy()
    {
        using var tools = new CliVersusCTools();
        var username = CliVersusCTools.NewUsername();

        var result = await tools.OursAsync(["destroy", "-l", username]);
        var reference = await tools.CToolAsync("myproxy-destroy", ["-l", username]);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(reference.ExitCode).And.EqualTo(1));
            Assert.That(result.StandardError, Is.EqualTo(reference.StandardError));
        });
    }

    private static async Task AssertBothFailAndWriteNothingAsync(CliVersusCTools tools)
    {
        var input = CliVersusCTools.Server.AliceCredential.Passphrase + "\n";
        var result = await tools.OursAsync(["logon", "-S", "-l", "alice", "-o", tools.File("ours.pem")], input);
        var reference = await tools.CToolAsync("myproxy-logon", ["-S", "-l", "alice", "-o", tools.File("theirs.pem")], input);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(reference.ExitCode).And.EqualTo(1), result.Describe());
            Assert.That(File.Exists(tools.File("ours.pem")), Is.False);
            Assert.That(File.Exists(tools.File("theirs.pem")), Is.False);
        });
    }
}
