using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MyProxy.Client.Operations;
using MyProxy.Crypto;
using MyProxy.Crypto.Credentials;
using MyProxy.IntegrationTests.Client;

namespace MyProxy.IntegrationTests.Secrets;

/// <summary>
/// Every command through <c>MyProxyClient</c> against the sandbox, succeeding and failing, with a logger that
/// captures every level: no pass phrase and no private key in the log, in any exception (message, inner
/// exceptions, <see cref="Exception.ToString"/>), or in the <c>ToString()</c> of any request or result.
/// </summary>
public sealed class ClientSecretsTests
{
    [TestCase("system")]
    [TestCase("bouncycastle")]
    public async Task EveryCommand_SucceedingAndFailing_NoSecretInLogsExceptionsOrResults(string crypto)
    {
        using var logs = new CapturingLoggerFactory();
        using var sandbox = ClientSandbox.Create(crypto: crypto, settings: new Dictionary<string, string?> { ["MyProxy:KeyType"] = "ec", ["MyProxy:KeySize"] = "256" },
            services: services => services.AddSingleton<ILoggerFactory>(logs));
        var exchange = new SecretExchange(sandbox);

        await exchange.RunAllAsync();

        var scanner = exchange.Scanner();
        var leaks = logs.Events.Concat(exchange.Texts).SelectMany(text => scanner.Find(text)).Distinct().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(exchange.Failures, Is.EqualTo(SecretExchange.ExpectedFailures), "every refusal the exchange provokes happened");
            Assert.That(logs.Events.Count(text => text.Contains(exchange.Username, StringComparison.Ordinal)), Is.GreaterThan(10), "the log saw the exchanges");
            Assert.That(scanner.Count, Is.GreaterThan(50), "the scanner has the keys and pass phrases");
            Assert.That(leaks, Is.Empty);
        });
    }

    /// <summary>The exchanges, what they produced as text, and the secrets they used or received.</summary>
    private sealed class SecretExchange(ClientSandbox sandbox)
    {
        public const int ExpectedFailures = 7;

        private readonly string _first = $"secrets-put-{Guid.NewGuid():N}"[..24];
        private readonly string _second = $"secrets-new-{Guid.NewGuid():N}"[..24];
        private readonly string _wrong = $"secrets-bad-{Guid.NewGuid():N}"[..24];
        private readonly List<(string Label, AsymmetricAlgorithm Key)> _keys = [];

        public string Username { get; } = ClientSandbox.UniqueUsername("secrets");

        public string StoredUsername { get; } = ClientSandbox.UniqueUsername("secrets-store");

        public List<string> Texts { get; } = [];

        public int Failures { get; private set; }

        private static string KeyPassphrase => Sandbox.Server.Alice.KeyPassphrase;

        public async Task RunAllAsync()
        {
            var client = sandbox.Client;
            await Succeed(client.PutAsync(new PutRequest { Username = Username, Passphrase = _first }));
            await Fail(client.PutAsync(new PutRequest { Username = Username, Passphrase = "short" }));
            await Fail(client.PutAsync(new PutRequest { Username = Username, Passphrase = _wrong + "\nLIFETIME=1" }));
            Keep("logon", (await Succeed(client.LogonAsync(new LogonRequest { Username = Username, Passphrase = _first }))).Credential);
            await Fail(client.LogonAsync(new LogonRequest { Username = Username, Passphrase = _wrong }));
            await Succeed(client.InfoAsync(new InfoRequest { Username = Username }));
            await Succeed(client.ChangePassphraseAsync(new ChangePassphraseRequest { Username = Username, Passphrase = _first, NewPassphrase = _second }));
            await Fail(client.ChangePassphraseAsync(new ChangePassphraseRequest { Username = Username, Passphrase = _wrong, NewPassphrase = _first }));
            Keep("logon after change", (await Succeed(client.LogonAsync(new LogonRequest { Username = Username, Passphrase = _second }))).Credential);
            await Succeed(client.StoreAsync(StoreRequest.FromFiles(StoredUsername, Sandbox.Server.Alice.CertificatePath, Sandbox.Server.Alice.KeyPath)));
            Keep("retrieve", (await Succeed(client.RetrieveAsync(new RetrieveRequest { Username = StoredUsername, Passphrase = KeyPassphrase }))).Credential);
            await Fail(client.RetrieveAsync(new RetrieveRequest { Username = StoredUsername, Passphrase = _wrong }));
            await Succeed(client.DestroyAsync(new DestroyRequest { Username = Username }));
            await Succeed(client.DestroyAsync(new DestroyRequest { Username = StoredUsername }));
            await Fail(client.DestroyAsync(new DestroyRequest { Username = Username }));
            await Fail(client.InfoAsync(new InfoRequest { Username = Username }));
        }

        public SecretScanner Scanner()
        {
            var scanner = new SecretScanner();
            foreach (var (label, passphrase) in new[] { ("first", _first), ("second", _second), ("wrong", _wrong), ("alice key", KeyPassphrase), ("alice credential", Sandbox.Server.AliceCredential.Passphrase) })
            {
                scanner.AddPassphrase(label, passphrase);
            }

            var crypto = CryptoProviders.For(CryptoBackend.System);
            using var alice = CredentialFile.ReadCertificateAndKey(Sandbox.Server.Alice.CertificatePath, Sandbox.Server.Alice.KeyPath, crypto, KeyPassphrase);
            using var aliceProxy = CredentialFile.ReadProxy(Sandbox.Server.AliceProxyPath, crypto);
            scanner.AddKey("alice", alice.PrivateKey);
            scanner.AddKey("alice's proxy", aliceProxy.PrivateKey);
            foreach (var (label, key) in _keys)
            {
                scanner.AddKey(label, key);
            }

            return scanner;
        }

        private async Task<T> Succeed<T>(Task<T> command)
            where T : notnull
        {
            var result = await command;
            Texts.Add(result.ToString()!);
            return result;
        }

        private async Task Fail<T>(Task<T> command)
        {
            try
            {
                await command;
            }
            catch (MyProxyException exception)
            {
                Failures++;
                Texts.AddRange(Messages(exception));
                return;
            }

            Assert.Fail("the command was expected to fail");
        }

        private void Keep(string label, X509Credential? credential)
        {
            Assert.That(credential, Is.Not.Null, label);
            Texts.Add(credential!.ToString());
            _keys.Add(($"{label} ({_keys.Count + 1})", credential.PrivateKey));
        }

        private static IEnumerable<string> Messages(Exception exception)
        {
            yield return exception.ToString();
            for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
            {
                yield return inner.Message;
                foreach (var value in inner.Data.Values)
                {
                    yield return value?.ToString() ?? string.Empty;
                }
            }
        }
    }
}
