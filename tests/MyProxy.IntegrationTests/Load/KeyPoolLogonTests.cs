using System.Collections.Concurrent;
using MyProxy.Client.Operations;
using MyProxy.Crypto;
using MyProxy.Crypto.Validation;
using MyProxy.IntegrationTests.Client;

namespace MyProxy.IntegrationTests.Load;

/// <summary>
/// Many logons from one client whose keys come from its key pool (<c>MyProxy:KeyPool</c>): every credential must
/// validate against the sandbox's trust directory, certify the key it came with, and no key may serve twice.
/// </summary>
public sealed class KeyPoolLogonTests
{
    private const int Logons = 48;
    private const int AtOnce = 4;

    [TestCase("rsa", "2048")]
    [TestCase("ec", "256")]
    public async Task LogonAsync_ManyWithAKeyPool_EveryCredentialIsValidWithItsOwnKey(string keyType, string keySize)
    {
        using var sandbox = ClientSandbox.Create(
            settings: new Dictionary<string, string?>
            {
                ["MyProxy:KeyType"] = keyType,
                ["MyProxy:KeySize"] = keySize,
                ["MyProxy:KeyPool:Size"] = "8",
                ["MyProxy:KeyPool:RefillConcurrency"] = "2",
                ["MyProxy:Timeout"] = "00:01:00",
            },
            environment: new Dictionary<string, string>());
        var client = sandbox.Client;
        var crypto = CryptoProviders.For(CryptoBackend.System);
        var trust = CertificateAuthorityDirectory.Load(Sandbox.Server.CertificateDirectory);
        var failures = new ConcurrentBag<string>();
        var publicKeys = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);

        await Parallel.ForAsync(0, Logons, new ParallelOptions { MaxDegreeOfParallelism = AtOnce }, async (i, cancellationToken) =>
        {
            var result = await client.LogonAsync(
                new LogonRequest { Username = Sandbox.Server.AliceCredential.Username, Passphrase = Sandbox.Server.AliceCredential.Passphrase }, cancellationToken);
            using var credential = result.Credential!;
            foreach (var failure in new ProxyChainValidator(crypto, trust).ValidateCredential(credential).Failures)
            {
                failures.Add($"logon {i}: {failure}");
            }

            if (!ProxyChainValidator.KeyMatchesCertificate(credential.Certificate, credential.PrivateKey))
            {
                failures.Add($"logon {i}: the certificate is not for the key the logon sent");
            }

            if (!publicKeys.TryAdd(Convert.ToBase64String(credential.PrivateKey.ExportSubjectPublicKeyInfo()), i))
            {
                failures.Add($"logon {i}: the key of logon {publicKeys[Convert.ToBase64String(credential.PrivateKey.ExportSubjectPublicKeyInfo())]} again");
            }
        });

        Assert.That(failures, Is.Empty);
        Assert.That(publicKeys, Has.Count.EqualTo(Logons));
    }
}
