namespace MyProxy.IntegrationTests.Cli;

/// <summary>The built <c>myproxy logon</c>'s <c>-N -T -b -a -Q -d</c> and <c>--crypto</c> against the sandbox, beside myproxy-logon.</summary>
public sealed class LogonOptionsCliTests
{
    private static string AlicePassphrase => CliVersusCTools.Server.AliceCredential.Passphrase + "\n";

    [Test]
    public async Task Logon_NoCredentialsWithoutOut_AuthenticatesLikeMyProxyLogonAndLeavesTheDefaultFileAlone()
    {
        using var tools = new CliVersusCTools();
        var defaultFile = CliVersusCTools.Server.AliceProxyPath;
        var before = await File.ReadAllBytesAsync(defaultFile);

        var ours = await tools.OursAsync(["logon", "-N", "-S", "-l", "alice"], AlicePassphrase);
        var theirs = await tools.CToolAsync("myproxy-logon", ["-N", "-S", "-l", "alice"], AlicePassphrase);

        var after = await File.ReadAllBytesAsync(defaultFile);

        Assert.Multiple(() =>
        {
            Assert.That((ours.ExitCode, ours.StandardOutput), Is.EqualTo((theirs.ExitCode, theirs.StandardOutput)), ours.Describe());
            Assert.That(ours.ExitCode, Is.Zero);
            Assert.That(after, Is.EqualTo(before));
        });
    }

    [Test]
    public async Task Logon_NoCredentialsWrongPassphrase_FailsWithMyProxyLogonsLines()
    {
        using var tools = new CliVersusCTools();

        var ours = await tools.OursAsync(["logon", "-N", "-S", "-l", "alice"], "not-the-passphrase\n");
        var theirs = await tools.CToolAsync("myproxy-logon", ["-N", "-S", "-l", "alice"], "not-the-passphrase\n");

        Assert.That((ours.ExitCode, ours.StandardError), Is.EqualTo((theirs.ExitCode, theirs.StandardError)), ours.Describe());
    }

    [Test]
    public async Task Logon_NoCredentialsWithTrustRoots_InstallsThemAndPrintsMyProxyLogonsLine()
    {
        using var tools = new CliVersusCTools();
        var ours = TrustDirectoryCopy(tools, "ours-certificates");
        var theirs = TrustDirectoryCopy(tools, "theirs-certificates");

        tools.Environment["X509_CERT_DIR"] = ours;
        var result = await tools.OursAsync(["logon", "-N", "-T", "-S", "-l", "alice"], AlicePassphrase);
        tools.Environment["X509_CERT_DIR"] = theirs;
        var reference = await tools.CToolAsync("myproxy-logon", ["-N", "-T", "-S", "-l", "alice"], AlicePassphrase);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(reference.ExitCode), result.Describe());
            Assert.That(result.StandardOutput.Replace(ours, "D", StringComparison.Ordinal), Is.EqualTo(reference.StandardOutput.Replace(theirs, "D", StringComparison.Ordinal)));
            Assert.That(Directory.GetFiles(ours).Select(Path.GetFileName), Has.Some.EqualTo("myproxy-install-log"));
        });
    }

    [Test]
    public async Task Logon_TrustRoots_PrintsBothOfMyProxyLogonsLines()
    {
        using var tools = new CliVersusCTools();
        var ours = TrustDirectoryCopy(tools, "ours-certificates");
        var theirs = TrustDirectoryCopy(tools, "theirs-certificates");

        tools.Environment["X509_CERT_DIR"] = ours;
        var result = await tools.OursAsync(["logon", "-T", "-S", "-l", "alice", "-t", "1", "-o", tools.File("ours.pem")], AlicePassphrase);
        tools.Environment["X509_CERT_DIR"] = theirs;
        var reference = await tools.CToolAsync("myproxy-logon", ["-T", "-S", "-l", "alice", "-t", "1", "-o", tools.File("theirs.pem")], AlicePassphrase);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(reference.ExitCode), result.Describe());
            Assert.That(Normalize(result.StandardOutput, ours, tools.File("ours.pem")), Is.EqualTo(Normalize(reference.StandardOutput, theirs, tools.File("theirs.pem"))));
        });
    }

    [Test]
    public async Task Logon_BootstrapIntoAMissingTrustDirectory_LetsMyProxyLogonConnectWithoutBootstrap()
    {
        using var tools = new CliVersusCTools();
        tools.Environment["X509_CERT_DIR"] = tools.File("certificates");

        var bootstrap = await tools.OursAsync(["logon", "-b", "-S", "-l", "alice", "-t", "1", "-o", tools.File("ours.pem")], AlicePassphrase);
        var logon = await tools.CToolAsync("myproxy-logon", ["-S", "-l", "alice", "-t", "1", "-o", tools.File("theirs.pem")], AlicePassphrase);

        Assert.Multiple(() =>
        {
            Assert.That(bootstrap.ExitCode, Is.Zero, bootstrap.Describe());
            Assert.That(bootstrap.StandardOutput, Does.Contain("Trust roots have been installed in"));
            Assert.That(logon.ExitCode, Is.Zero, logon.Describe());
        });
    }

    [Test]
    public async Task Logon_AuthorizationWithTheExpiringProxy_RenewsAsMyProxyLogonForARenewer()
    {
        using var tools = new CliVersusCTools();
        var username = CliVersusCTools.NewUsername();
        var bob = CliVersusCTools.Server.Bob;
        var bobProxy = await tools.OursAsync(["proxy", "init", "-S", "-q", "--cert", bob.CertificatePath, "--key", bob.KeyPath, "-o", tools.File("bob-proxy.pem")], bob.KeyPassphrase + "\n");
        Assert.That(bobProxy.ExitCode, Is.Zero, bobProxy.Describe());
        var init = await tools.OursAsync(["init", "-S", "-n", "-R", "Bob Example", "-l", username, "-C", CliVersusCTools.Server.Alice.CertificatePath,
            "-y", CliVersusCTools.Server.Alice.KeyPath, "-c", "2"], CliVersusCTools.Server.Alice.KeyPassphrase + "\n");
        Assert.That(init.ExitCode, Is.Zero, init.Describe());

        tools.Environment["X509_USER_PROXY"] = tools.File("bob-proxy.pem");
        var ours = await tools.OursAsync(["logon", "-a", CliVersusCTools.Server.AliceProxyPath, "-l", username, "-t", "1", "-o", tools.File("ours.pem")]);
        var theirs = await tools.CToolAsync("myproxy-logon", ["-a", CliVersusCTools.Server.AliceProxyPath, "-l", username, "-t", "1", "-o", tools.File("theirs.pem")]);
        var info = await tools.CToolAsync("grid-proxy-info", ["-file", tools.File("ours.pem"), "-identity"]);
        tools.Environment["X509_USER_PROXY"] = CliVersusCTools.Server.AliceProxyPath;
        await tools.CToolAsync("myproxy-destroy", ["-l", username]);

        Assert.Multiple(() =>
        {
            Assert.That((ours.ExitCode, theirs.ExitCode), Is.EqualTo((0, 0)), ours.Describe() + theirs.Describe());
            Assert.That(info.StandardOutput.Trim(), Is.EqualTo(CliVersusCTools.Server.AliceCredential.OwnerSubject));
        });
    }

    [Test]
    public async Task Logon_CertificateRequest_WritesTheChainForTheRequestsKeyAndNoKey()
    {
        using var tools = new CliVersusCTools();
        var key = tools.File("csr-key.pem");
        var csr = tools.File("request.pem");
        var request = await tools.CToolAsync("openssl", ["req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-subj", "/CN=ignored", "-out", csr]);
        Assert.That(request.ExitCode, Is.Zero, request.Describe());

        var ours = await tools.OursAsync(["logon", "-Q", csr, "-S", "-l", "alice", "-t", "1", "-o", tools.File("chain.pem")], AlicePassphrase);
        var certified = await tools.CToolAsync("openssl", ["x509", "-in", tools.File("chain.pem"), "-noout", "-pubkey"]);
        var requested = await tools.CToolAsync("openssl", ["pkey", "-in", key, "-pubout"]);
        var written = await File.ReadAllTextAsync(tools.File("chain.pem"));

        Assert.Multiple(() =>
        {
            Assert.That(ours.ExitCode, Is.Zero, ours.Describe());
            Assert.That(written, Does.Not.Contain("PRIVATE KEY"));
            Assert.That(certified.StandardOutput, Is.EqualTo(requested.StandardOutput).And.Contain("PUBLIC KEY"));
        });
    }

    [Test]
    public async Task LogonAndInit_DnAsUsername_UseAlicesSubjectAsMyProxyLogonDoes()
    {
        using var tools = new CliVersusCTools();
        var name = CliVersusCTools.NewUsername();
        var init = await tools.OursAsync(["init", "-d", "-k", name, "-S", "-C", CliVersusCTools.Server.Alice.CertificatePath, "-y", CliVersusCTools.Server.Alice.KeyPath,
            "-c", "2", "-t", "1"], $"{CliVersusCTools.Server.Alice.KeyPassphrase}\nstored-pass-1\n");
        Assert.That(init.ExitCode, Is.Zero, init.Describe());

        var ours = await tools.OursAsync(["logon", "-d", "-k", name, "-S", "-o", tools.File("ours.pem")], "stored-pass-1\n");
        var theirs = await tools.CToolAsync("myproxy-logon", ["-d", "-k", name, "-S", "-o", tools.File("theirs.pem")], "stored-pass-1\n");
        await tools.CToolAsync("myproxy-destroy", ["-d", "-k", name]);

        Assert.Multiple(() =>
        {
            Assert.That(init.StandardOutput, Does.Contain($"for user {CliVersusCTools.Server.AliceCredential.OwnerSubject} now exists"));
            Assert.That(ours.ExitCode, Is.Zero, ours.Describe());
            Assert.That(ours.StandardOutput.Replace(tools.File("ours.pem"), "F", StringComparison.Ordinal),
                Is.EqualTo(theirs.StandardOutput.Replace(tools.File("theirs.pem"), "F", StringComparison.Ordinal)));
        });
    }

    [TestCase("system")]
    [TestCase("bouncycastle")]
    public async Task Logon_EachCryptoBackend_WritesAProxyGridProxyInfoAccepts(string crypto)
    {
        using var tools = new CliVersusCTools();

        var ours = await tools.OursAsync(["logon", "--crypto", crypto, "-S", "-l", "alice", "-t", "1", "-o", tools.File("ours.pem")], AlicePassphrase);
        var info = await tools.CToolAsync("grid-proxy-info", ["-file", tools.File("ours.pem"), "-exists"]);

        Assert.Multiple(() =>
        {
            Assert.That(ours.ExitCode, Is.Zero, ours.Describe());
            Assert.That(info.ExitCode, Is.Zero, info.Describe());
        });
    }

    [TestCase("system")]
    [TestCase("bouncycastle")]
    public async Task Init_EachCryptoBackend_StoresACredentialMyProxyLogonRetrieves(string crypto)
    {
        using var tools = new CliVersusCTools();
        var username = CliVersusCTools.NewUsername();

        var init = await tools.OursAsync(["init", "--crypto", crypto, "-S", "-l", username, "-C", CliVersusCTools.Server.Alice.CertificatePath, "-y", CliVersusCTools.Server.Alice.KeyPath,
            "-c", "2", "-t", "1"], $"{CliVersusCTools.Server.Alice.KeyPassphrase}\nstored-pass-1\n");
        var logon = await tools.CToolAsync("myproxy-logon", ["-S", "-l", username, "-o", tools.File("theirs.pem")], "stored-pass-1\n");
        await tools.CToolAsync("myproxy-destroy", ["-l", username]);

        Assert.Multiple(() =>
        {
            Assert.That(init.ExitCode, Is.Zero, init.Describe());
            Assert.That(logon.ExitCode, Is.Zero, logon.Describe());
        });
    }

    [Test]
    public async Task Init_GtProxyModeOld_FailsAsMyProxyInitDoesAndNamesTheVariable()
    {
        using var tools = new CliVersusCTools();
        var username = CliVersusCTools.NewUsername();
        tools.Environment["GT_PROXY_MODE"] = "old";
        string[] arguments = ["-S", "-l", username, "-C", CliVersusCTools.Server.Alice.CertificatePath, "-y", CliVersusCTools.Server.Alice.KeyPath, "-c", "2", "-t", "1"];
        var input = $"{CliVersusCTools.Server.Alice.KeyPassphrase}\nstored-pass-1\n";

        var ours = await tools.OursAsync(["init", .. arguments], input);
        var theirs = await tools.CToolAsync("myproxy-init", arguments, input);
        tools.Environment.Remove("GT_PROXY_MODE");
        var info = await tools.CToolAsync("myproxy-info", ["-l", username]);

        Assert.Multiple(() =>
        {
            Assert.That((ours.ExitCode, theirs.ExitCode), Is.EqualTo((1, 1)), ours.Describe());
            Assert.That(ours.StandardError.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1));
            Assert.That(ours.StandardError, Does.Contain("GT_PROXY_MODE=old"));
            Assert.That(info.ExitCode, Is.EqualTo(1), info.Describe());
        });
    }

    [Test]
    public async Task Logon_ServerNotListening_SaysUnableToConnectAsMyProxyLogonDoes()
    {
        using var tools = new CliVersusCTools();

        var ours = await tools.OursAsync(["logon", "-S", "-l", "alice", "-p", "1", "-o", tools.File("ours.pem")], AlicePassphrase);
        var theirs = await tools.CToolAsync("myproxy-logon", ["-S", "-l", "alice", "-p", "1", "-o", tools.File("theirs.pem")], AlicePassphrase);

        Assert.Multiple(() =>
        {
            Assert.That((ours.ExitCode, theirs.ExitCode), Is.EqualTo((1, 1)));
            Assert.That(ours.StandardError.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1), ours.Describe());
            Assert.That(ours.StandardError, Does.Contain($"Unable to connect to {CliVersusCTools.Server.Host}").And.Contain("Connection refused"));
            Assert.That(theirs.StandardError, Does.Contain($"Unable to connect to {CliVersusCTools.Server.Host}").And.Contain("Connection refused"));
            Assert.That(File.Exists(tools.File("ours.pem")), Is.False);
        });
    }

    private static string TrustDirectoryCopy(CliVersusCTools tools, string name)
    {
        var directory = tools.File(name);
        Directory.CreateDirectory(directory);
        foreach (var file in Directory.GetFiles(CliVersusCTools.Server.CertificateDirectory))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }

        return directory;
    }

    private static string Normalize(string output, string directory, string file) =>
        output.Replace(directory, "D", StringComparison.Ordinal).Replace(file, "F", StringComparison.Ordinal);
}
