using MyProxy.Crypto;
using MyProxy.Crypto.Credentials;
using MyProxy.IntegrationTests.Cli;
using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.Secrets;

/// <summary>
/// The built <c>myproxy</c> through every network command against the sandbox, succeeding and failing, traced
/// with <c>-v</c> and <c>--debug</c>, and again with <c>--json</c>: no pass phrase and no private key on standard
/// output or standard error.
/// </summary>
public sealed class CliSecretsTests
{
    private static SandboxUser Alice => Sandbox.Server.Alice;

    [TestCase("--debug")]
    [TestCase("--json")]
    public async Task EveryCommand_SucceedingAndFailing_NoSecretInOutputTracesOrErrors(string mode)
    {
        using var tools = new CliVersusCTools();
        var run = new CliRun(tools, mode);
        var username = CliVersusCTools.NewUsername();
        var stored = CliVersusCTools.NewUsername();
        var (first, second, wrong) = ($"cli-secret-one-{Guid.NewGuid():N}"[..24], $"cli-secret-two-{Guid.NewGuid():N}"[..24], $"cli-secret-bad-{Guid.NewGuid():N}"[..24]);
        var proxy = tools.File("logon.pem");

        await run.SucceedAsync(["init", "-S", "-l", username, "-C", Alice.CertificatePath, "-y", Alice.KeyPath, "-c", "2", "-t", "1"], $"{Alice.KeyPassphrase}\n{first}\n");
        await run.FailAsync(["init", "-S", "-l", username, "-C", Alice.CertificatePath, "-y", Alice.KeyPath, "-c", "2", "-t", "1"], $"{wrong}\n{first}\n");
        await run.SucceedAsync(["logon", "-S", "-l", username, "-o", proxy], first + "\n");
        await run.FailAsync(["logon", "-S", "-l", username, "-o", tools.File("refused.pem")], wrong + "\n");
        await run.SucceedAsync(["info", "-l", username]);
        await run.SucceedAsync(["change-passphrase", "-S", "-l", username], $"{first}\n{second}\n");
        await run.FailAsync(["change-passphrase", "-S", "-l", username], $"{wrong}\n{first}\n");
        await run.SucceedAsync(["store", "-l", stored, "-c", Alice.CertificatePath, "-y", Alice.KeyPath]);
        await run.SucceedAsync(["retrieve", "-S", "-l", stored, "-c", tools.File("c.pem"), "-y", tools.File("k.pem")], Alice.KeyPassphrase + "\n");
        await run.FailAsync(["retrieve", "-S", "-l", stored, "-c", tools.File("c2.pem"), "-y", tools.File("k2.pem")], wrong + "\n");
        await run.SucceedAsync(["destroy", "-l", username]);
        await run.SucceedAsync(["destroy", "-l", stored]);
        await run.FailAsync(["destroy", "-l", username]);

        var scanner = Scanner([first, second, wrong], proxy, tools.File("c.pem"), tools.File("k.pem"));
        var leaks = run.Texts.SelectMany(text => scanner.Find(text)).Distinct().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(run.Texts.Count(text => text.Contains("myproxy: ", StringComparison.Ordinal)), Is.GreaterThan(5), "the -v trace was captured");
            Assert.That(leaks, Is.Empty);
        });
    }

    private static SecretScanner Scanner(string[] passphrases, string proxyPath, string retrievedCertificatePath, string retrievedKeyPath)
    {
        var scanner = new SecretScanner();
        for (var i = 0; i < passphrases.Length; i++)
        {
            scanner.AddPassphrase($"#{i + 1}", passphrases[i]);
        }

        scanner.AddPassphrase("alice key", Alice.KeyPassphrase);
        var crypto = CryptoProviders.For(CryptoBackend.System);
        using var alice = CredentialFile.ReadCertificateAndKey(Alice.CertificatePath, Alice.KeyPath, crypto, Alice.KeyPassphrase);
        using var aliceProxy = CredentialFile.ReadProxy(Sandbox.Server.AliceProxyPath, crypto);
        using var logon = CredentialFile.ReadProxy(proxyPath, crypto);
        using var retrieved = CredentialFile.ReadCertificateAndKey(retrievedCertificatePath, retrievedKeyPath, crypto, default);
        scanner.AddKey("alice", alice.PrivateKey);
        scanner.AddKey("alice's proxy", aliceProxy.PrivateKey);
        scanner.AddKey("logon", logon.PrivateKey);
        scanner.AddKey("retrieved", retrieved.PrivateKey);
        return scanner;
    }

    /// <summary>Runs the binary with <c>-v</c> and the mode's flag, keeping everything it printed.</summary>
    private sealed class CliRun(CliVersusCTools tools, string mode)
    {
        public List<string> Texts { get; } = [];

        public Task SucceedAsync(string[] arguments, string? standardInput = null) => RunAsync(arguments, standardInput, succeed: true);

        public Task FailAsync(string[] arguments, string? standardInput = null) => RunAsync(arguments, standardInput, succeed: false);

        private async Task RunAsync(string[] arguments, string? standardInput, bool succeed)
        {
            var result = await tools.OursAsync([.. arguments, "-v", mode], standardInput);
            Texts.Add(result.StandardOutput);
            Texts.Add(result.StandardError);
            Assert.That(result.ExitCode == 0, Is.EqualTo(succeed), $"myproxy {string.Join(' ', arguments)}: {result.Describe()}");
        }
    }
}
