using System.Text;
using MyProxy.Client.Operations;
using MyProxy.Client.Tests.Support;
using MyProxy.Crypto.Keys;

namespace MyProxy.Client.Tests;

/// <summary>
/// Buffers that held a passphrase or a key are cleared once written: the client's own arrays, handed to the
/// connection, hold only zeros when the command returns (what the caller passed in as a string cannot be cleared).
/// </summary>
public sealed class MyProxyClientSecretsTests
{
    [Test]
    public async Task LogonAsync_AfterTheExchange_TheRequestBufferThatHeldThePassphraseIsZero()
    {
        var connection = new ScriptedConnection().ThenOk().Then(writes => Certificates.Frame(Certificates.IssueFor(writes[1]))).ThenOk();
        using var test = new TestClient(connection);

        (await test.Client.LogonAsync(new LogonRequest { Username = "alice", Passphrase = "logon-secret", Key = KeySpecification.EcP256 })).Credential?.Dispose();

        Assert.That(Encoding.ASCII.GetString(connection.Writes[0]), Does.Contain("PASSPHRASE=logon-secret\n"));
        Assert.That(connection.WrittenBuffers[0].ToArray(), Is.All.Zero);
    }

    [Test]
    public async Task LogonAsync_ServerRefuses_TheRequestBufferIsStillZero()
    {
        var connection = new ScriptedConnection().ThenError("Bad password");
        using var test = new TestClient(connection);

        await Assert.ThrowsAsync<MyProxyServerException>(() => test.Client.LogonAsync(new LogonRequest { Username = "alice", Passphrase = "wrong-secret" }));

        Assert.That(connection.WrittenBuffers[0].ToArray(), Is.All.Zero);
    }

    [Test]
    public async Task ChangePassphraseAsync_AfterTheExchange_TheBufferThatHeldBothPassphrasesIsZero()
    {
        var connection = new ScriptedConnection().ThenOk();
        using var test = new TestClient(connection);
        using var alice = Certificates.EndEntity("Alice");

        await test.Client.ChangePassphraseAsync(new ChangePassphraseRequest { Username = "alice", Passphrase = "old-secret", NewPassphrase = "new-secret", ClientCredential = alice });

        Assert.That(connection.WrittenBuffers[0].ToArray(), Is.All.Zero);
    }

    [Test]
    public async Task StoreAsync_AfterTheExchange_TheBufferThatHeldThePrivateKeyIsZero()
    {
        var connection = new ScriptedConnection().ThenOk().ThenOk();
        using var test = new TestClient(connection);
        using var alice = Certificates.EndEntity("Alice");
        var keyPem = alice.PrivateKey is System.Security.Cryptography.RSA rsa ? rsa.ExportRSAPrivateKeyPem() : ((System.Security.Cryptography.ECDsa)alice.PrivateKey).ExportECPrivateKeyPem();

        await test.Client.StoreAsync(new StoreRequest { Username = "alice", CertificatePem = alice.Certificate.ExportCertificatePem(), PrivateKeyPem = keyPem, ClientCredential = alice });

        Assert.That(Encoding.ASCII.GetString(connection.Writes[1]), Does.Contain("PRIVATE KEY-----"));
        Assert.That(connection.WrittenBuffers[1].ToArray(), Is.All.Zero);
    }
}
