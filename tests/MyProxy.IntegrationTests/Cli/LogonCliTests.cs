namespace MyProxy.IntegrationTests.Cli;

/// <summary>The built <c>myproxy logon</c> against the sandbox, side by side with myproxy-logon.</summary>
public sealed class LogonCliTests
{
    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Logon_AliceCredential_PrintsMyProxyLogonsLineAndWritesA0600File()
    {
        using var tools = new CliVersusCTools();
        var ours = tools.File("ours.pem");
        var theirs = tools.File("theirs.pem");
        var input = CliVersusCTools.Server.AliceCredential.Passphrase + "\n";

        var result = await tools.OursAsync(["logon", "-S", "-l", "alice", "-t", "1", "-o", ours], input);
        var reference = await tools.CToolAsync("myproxy-logon", ["-S", "-l", "alice", "-t", "1", "-o", theirs], input);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(reference.ExitCode), result.Describe());
            Assert.That(result.StandardOutput.Replace(ours, "F", StringComparison.Ordinal), Is.EqualTo(reference.StandardOutput.Replace(theirs, "F", StringComparison.Ordinal)));
            Assert.That(File.GetUnixFileMode(ours), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        });
    }

    [Test]
    public async Task Logon_ProxyItWrote_GridProxyInfoShowsAlice()
    {
        using var tools = new CliVersusCTools();
        var ours = tools.File("ours.pem");
        var logon = await tools.OursAsync(["logon", "-S", "-l", "alice", "-t", "1", "-o", ours], CliVersusCTools.Server.AliceCredential.Passphrase + "\n");
        Assert.That(logon.ExitCode, Is.Zero, logon.Describe());

        var info = await tools.CToolAsync("grid-proxy-info", ["-file", ours, "-identity"]);

        Assert.That(info.StandardOutput.Trim(), Is.EqualTo(CliVersusCTools.Server.AliceCredential.OwnerSubject));
    }

    [Test]
    public async Task Logon_OutToStandardOutput_PrintsThePemOnly()
    {
        using var tools = new CliVersusCTools();

        var result = await tools.OursAsync(["logon", "-S", "-l", "alice", "-t", "1", "-o", "-"], CliVersusCTools.Server.AliceCredential.Passphrase + "\n");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, result.Describe());
            Assert.That(result.StandardOutput, Does.StartWith("-----BEGIN CERTIFICATE-----"));
            Assert.That(result.StandardOutput, Does.Contain("PRIVATE KEY-----"));
        });
    }

    [Test]
    public async Task Logon_CredentialStoredByCMyProxyInit_IsReceived()
    {
        using var tools = new CliVersusCTools();
        var username = CliVersusCTools.NewUsername();
        await tools.CInitAsync(username, "stored-pass-1");

        var result = await tools.OursAsync(["logon", "-S", "-l", username, "-o", tools.File("p.pem")], "stored-pass-1\n");

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
        await tools.CToolAsync("myproxy-destroy", ["-l", username]);
    }

    [Test]
    public async Task Logon_Verbose_TracesTheExchangeWithoutThePassphrase()
    {
        using var tools = new CliVersusCTools();
        var passphrase = CliVersusCTools.Server.AliceCredential.Passphrase;

        var result = await tools.OursAsync(["logon", "-v", "-S", "-l", "alice", "-t", "1", "-o", tools.File("p.pem")], passphrase + "\n");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, result.Describe());
            Assert.That(result.StandardError, Does.Contain("Connected to"));
            Assert.That(result.StandardError + result.StandardOutput, Does.Not.Contain(passphrase));
        });
    }

    [TestCase("sslstream")]
    [TestCase("bouncycastle")]
    public async Task Logon_JsonOnEachTransport_PrintsTheResultDocument(string transport)
    {
        using var tools = new CliVersusCTools();

        var result = await tools.OursAsync(["logon", "--json", "--transport", transport, "-S", "-l", "alice", "-t", "1", "-o", tools.File("p.pem")],
            CliVersusCTools.Server.AliceCredential.Passphrase + "\n");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, result.Describe());
            Assert.That(result.StandardOutput, Does.Contain("\"command\": \"logon\"").And.Contain("\"files\""));
        });
    }

    [Test]
    public async Task Logon_WrongPassphraseWithJson_PrintsTheServerErrors()
    {
        using var tools = new CliVersusCTools();

        var result = await tools.OursAsync(["logon", "--json", "-S", "-l", "alice", "-o", tools.File("p.pem")], "not-the-passphrase\n");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.StandardOutput, Does.Contain("invalid credential passphrase"));
        });
    }
}
