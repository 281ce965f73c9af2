using System.Security.Cryptography;
using MyProxy.Client.Operations;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Proxies;

namespace MyProxy.IntegrationTests.Client;

/// <summary>Logon with alice's passphrase on every transport, backend and key type, configured only through AddMyProxyClient.</summary>
[TestFixtureSource(typeof(ClientMatrix), nameof(ClientMatrix.All))]
public sealed class LogonMatrixTests(string transport, string crypto, string keyType, string keySize)
{
    [Test]
    public async Task LogonAsync_AlicePassphrase_ReturnsAProxyForTheGeneratedKey()
    {
        using var sandbox = ClientSandbox.Create(transport, crypto, new Dictionary<string, string?>
        {
            ["MyProxy:KeyType"] = keyType,
            ["MyProxy:KeySize"] = keySize,
        });
        var alice = Sandbox.Server.AliceCredential;

        var result = await sandbox.Client.LogonAsync(new LogonRequest { Username = alice.Username, Passphrase = alice.Passphrase, Lifetime = TimeSpan.FromHours(1) });
        using var credential = result.Credential!;

        Assert.Multiple(() =>
        {
            Assert.That(result.IsProxy, Is.True);
            Assert.That(KeyMatching.Matches(credential.Certificate, credential.PrivateKey), Is.True);
            Assert.That(credential.PrivateKey, keyType == "ec" ? Is.InstanceOf<ECDsa>() : Is.InstanceOf<RSA>());
            Assert.That(ProxyCertificateClassifier.Classify(credential.Certificate).Format, Is.EqualTo(ProxyCertificateFormat.Rfc3820));
            Assert.That(credential.Certificate.NotAfter.ToUniversalTime(), Is.LessThanOrEqualTo(DateTime.UtcNow.AddHours(1).AddMinutes(1)));
        });
    }
}
