using System.Collections.Concurrent;
using System.Security.Cryptography;
using MyProxy.Client;
using MyProxy.Client.Operations;
using MyProxy.Crypto;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Keys;
using MyProxy.Crypto.Validation;
using MyProxy.IntegrationTests.Client;

namespace MyProxy.IntegrationTests.Load;

/// <summary>
/// 200 logons at once from one <see cref="MyProxyClient"/> against the real server. Every credential must
/// arrive, certify the key it was asked for, validate with our validator against the sandbox's trust
/// directory, and survive being written to its own file and read back; nothing else may be left in the directory.
/// </summary>
[Platform(Exclude = "Win")]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ConcurrentLogonTests
{
    private const int Logons = 200;
    private const int RsaPoolSize = 8;

    [Test]
    public async Task LogonAsync_200AtOnceWithNewEcKeys_EveryCredentialIsValidAndIntactOnDisk()
    {
        using var load = new LoadRun("ec", "256");

        var failures = await load.RunAsync(_ => (new LogonRequest { Username = load.Username, Passphrase = load.Passphrase, Key = KeySpecification.EcP256 }, null));

        Assert.That(failures, Is.Empty);
        Assert.That(load.FilesWritten(), Is.EqualTo(Logons), "one file per logon and nothing else");
    }

    [Test]
    public async Task LogonAsync_200AtOnceWithRsaKeysFromAPool_EveryCredentialCertifiesItsOwnKey()
    {
        using var load = new LoadRun("rsa", "2048");
        var pool = Enumerable.Range(0, RsaPoolSize).Select(_ => RSA.Create(2048)).ToArray();
        try
        {
            // Each logon gets its own copy: crypto objects are not meant to be shared between threads.
            var failures = await load.RunAsync(i =>
            {
                var copy = RSA.Create();
                copy.ImportParameters(pool[i % RsaPoolSize].ExportParameters(includePrivateParameters: true));
                return (new LogonRequest { Username = load.Username, Passphrase = load.Passphrase, PrivateKey = copy }, copy);
            });

            Assert.That(failures, Is.Empty);
            Assert.That(load.FilesWritten(), Is.EqualTo(Logons), "one file per logon and nothing else");
        }
        finally
        {
            foreach (var key in pool)
            {
                key.Dispose();
            }
        }
    }

    /// <summary>One client, one output directory, one verdict per logon.</summary>
    private sealed class LoadRun : IDisposable
    {
        private readonly ClientSandbox _sandbox;
        private readonly string _output;
        private readonly ICryptoProvider _crypto = CryptoProviders.For(CryptoBackend.System);
        private readonly CertificateAuthorityDirectory _trust = CertificateAuthorityDirectory.Load(Sandbox.Server.CertificateDirectory);

        public LoadRun(string keyType, string keySize)
        {
            _output = Directory.CreateTempSubdirectory("myproxy-load-").FullName;
            // Anonymous TLS and a passphrase, as most logons are; a minute leaves room for a busy machine.
            _sandbox = ClientSandbox.Create(
                settings: new Dictionary<string, string?> { ["MyProxy:KeyType"] = keyType, ["MyProxy:KeySize"] = keySize, ["MyProxy:Timeout"] = "00:01:00" },
                environment: new Dictionary<string, string>());
        }

        public string Username => Sandbox.Server.AliceCredential.Username;

        public string Passphrase => Sandbox.Server.AliceCredential.Passphrase;

        public async Task<List<string>> RunAsync(Func<int, (LogonRequest Request, AsymmetricAlgorithm? Borrowed)> request)
        {
            var client = _sandbox.Client;
            var failures = new ConcurrentBag<string>();
            var thumbprints = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
            await Task.WhenAll(Enumerable.Range(0, Logons).Select(i => Task.Run(async () =>
            {
                var (logon, borrowed) = request(i);
                using (borrowed)
                {
                    try
                    {
                        foreach (var problem in await CheckAsync(client, logon, borrowed, i, thumbprints))
                        {
                            failures.Add($"logon {i}: {problem}");
                        }
                    }
                    catch (MyProxyException exception)
                    {
                        failures.Add($"logon {i}: {exception.GetType().Name}: {exception.Message}");
                    }
                }
            })));
            return [.. failures.Order(StringComparer.Ordinal)];
        }

        public int FilesWritten() => Directory.GetFileSystemEntries(_output).Length;

        public void Dispose()
        {
            _sandbox.Dispose();
            Directory.Delete(_output, recursive: true);
        }

        private async Task<List<string>> CheckAsync(MyProxyClient client, LogonRequest logon, AsymmetricAlgorithm? expectedKey, int i, ConcurrentDictionary<string, int> thumbprints)
        {
            var result = await client.LogonAsync(logon);
            using var credential = result.Credential ?? throw new MyProxyException("no credential in the result");
            var problems = Check("received", credential, expectedKey);
            // Only for fresh keys: the server derives a proxy's serial and name from its key, so two logons with the
            // same key in the same second receive the same certificate.
            if (expectedKey is null && !thumbprints.TryAdd(credential.Certificate.Thumbprint, i))
            {
                problems.Add($"the same certificate as logon {thumbprints[credential.Certificate.Thumbprint]}");
            }

            var path = Path.Combine(_output, $"proxy-{i:D3}.pem");
            ProxyFiles.Write(credential, _crypto, path);
            using var reread = ProxyFiles.Read(_crypto, path);
            problems.AddRange(Check("re-read", reread, expectedKey));
            if (!reread.Chain.Select(c => c.Thumbprint).SequenceEqual(credential.Chain.Select(c => c.Thumbprint)))
            {
                problems.Add("the file holds another chain than the one received");
            }

            if (File.GetUnixFileMode(path) != SecureFile.OwnerReadWrite)
            {
                problems.Add($"the file's mode is {File.GetUnixFileMode(path)}");
            }

            return problems;
        }

        private List<string> Check(string what, X509Credential credential, AsymmetricAlgorithm? expectedKey)
        {
            var problems = new List<string>();
            var verdict = new ProxyChainValidator(_crypto, _trust).ValidateCredential(credential);
            problems.AddRange(verdict.Failures.Select(failure => $"{what}: {failure}"));
            if (expectedKey is not null && !ProxyChainValidator.KeyMatchesCertificate(credential.Certificate, expectedKey))
            {
                problems.Add($"{what}: the certificate is not for the key this logon sent");
            }

            return problems;
        }
    }
}
