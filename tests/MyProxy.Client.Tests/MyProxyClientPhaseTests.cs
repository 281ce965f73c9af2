using System.Text;
using MyProxy.Client.Operations;
using MyProxy.Client.Strategies;
using MyProxy.Client.Tests.Support;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Keys;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace MyProxy.Client.Tests;

/// <summary>How transport failures, cancellation and missing prerequisites map to phases; INFO, DESTROY, PUT orchestration.</summary>
public sealed class MyProxyClientPhaseTests
{
    private static LogonRequest Logon => new() { Username = "alice", Passphrase = "alice-passphrase", Key = KeySpecification.EcP256 };

    [Test]
    public async Task LogonAsync_ServerUnreachable_ThrowsConnectInPhaseConnect()
    {
        using var test = new TestClient(new ScriptedConnection());
        test.Transport.ConnectAsync(default!, default!, default).ThrowsAsyncForAnyArgs(new MyProxyConnectException("connection refused"));

        var exception = await Assert.ThrowsAsync<MyProxyConnectException>(() => test.Client.LogonAsync(Logon));

        Assert.That(exception!.Phase, Is.EqualTo(MyProxyPhase.Connect));
    }

    [Test]
    public async Task LogonAsync_ServerChainInvalid_ThrowsValidationInPhaseAuthenticateServer()
    {
        using var test = new TestClient(new ScriptedConnection());
        test.Transport.ConnectAsync(default!, default!, default).ThrowsAsyncForAnyArgs(new MyProxyValidationException("the server's certificate is not valid"));

        var exception = await Assert.ThrowsAsync<MyProxyValidationException>(() => test.Client.LogonAsync(Logon));

        Assert.That(exception!.Phase, Is.EqualTo(MyProxyPhase.AuthenticateServer));
    }

    [Test]
    public async Task LogonAsync_ServerIdentityWrong_ThrowsIdentityInPhaseAuthenticateServer()
    {
        using var test = new TestClient(new ScriptedConnection());
        test.Transport.ConnectAsync(default!, default!, default).ThrowsAsyncForAnyArgs(new MyProxyServerIdentityException("not the server asked for", "/CN=elsewhere"));

        var exception = await Assert.ThrowsAsync<MyProxyServerIdentityException>(() => test.Client.LogonAsync(Logon));

        Assert.That(exception!.Phase, Is.EqualTo(MyProxyPhase.AuthenticateServer));
        Assert.That(exception.PresentedSubject, Is.EqualTo("/CN=elsewhere"));
    }

    [Test]
    public async Task LogonAsync_ServerSilent_ThrowsTimeoutInPhaseAuthorize()
    {
        var connection = new ScriptedConnection();
        connection.ThenReadThrows(new MyProxyTimeoutException("the server sent nothing for 30 s"));
        using var test = new TestClient(connection);

        var exception = await Assert.ThrowsAsync<MyProxyTimeoutException>(() => test.Client.LogonAsync(Logon));

        Assert.That(exception!.Phase, Is.EqualTo(MyProxyPhase.Authorize));
    }

    [Test]
    public async Task LogonAsync_Cancelled_ThrowsOperationCanceledAndClosesTheConnection()
    {
        var connection = new ScriptedConnection();
        using var test = new TestClient(connection);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        Assert.That(async () => await test.Client.LogonAsync(Logon, cancellation.Token), Throws.InstanceOf<OperationCanceledException>());
        await connection.Connection.Received(1).DisposeAsync();
    }

    [Test]
    public async Task LogonAsync_NoTrustDirectory_ThrowsTrustRootInPhaseAuthenticateServerWithoutConnecting()
    {
        using var test = new TestClient(new ScriptedConnection());
        test.TrustRoots.ValidationDirectory.Returns((string?)null);

        var exception = await Assert.ThrowsAsync<MyProxyTrustRootException>(() => test.Client.LogonAsync(Logon));

        Assert.That(exception!.Phase, Is.EqualTo(MyProxyPhase.AuthenticateServer));
        await test.Transport.DidNotReceiveWithAnyArgs().ConnectAsync(default!, default!, default);
    }

    [Test]
    public async Task InfoAsync_NoClientCredentialAnywhere_ThrowsBeforeConnecting()
    {
        using var test = new TestClient(new ScriptedConnection());
        test.Credentials.Locate().Returns((CredentialLocation?)null);

        var exception = await Assert.ThrowsAsync<MyProxyException>(() => test.Client.InfoAsync(new InfoRequest { Username = "alice" }));

        Assert.That(exception!.Message, Does.Contain("needs a client credential"));
        await test.Transport.DidNotReceiveWithAnyArgs().ConnectAsync(default!, default!, default);
    }

    [Test]
    public async Task InfoAsync_TwoCredentials_ReturnsBothWithTheirFields()
    {
        var connection = new ScriptedConnection().ThenOk(
            "CRED_OWNER=/CN=Alice\nCRED_RETRIEVER=*\nCRED_job_DESC=for the batch system\nCRED_job_OWNER=/CN=Alice\nCRED_job_RENEWER=*/CN=condor\nADDL_CREDS=job\n");
        using var test = new TestClient(connection);
        using var alice = Certificates.EndEntity("Alice");

        var info = await test.Client.InfoAsync(new InfoRequest { Username = "alice", ClientCredential = alice });

        Assert.That(info.Credentials.Select(c => c.Name), Is.EqualTo(new string?[] { null, "job" }));
        Assert.That(info.Credentials[1].Renewers, Is.EqualTo("*/CN=condor"));
        Assert.That(connection.RequestText, Does.Contain("COMMAND=2\nUSERNAME=alice\nPASSPHRASE=DUMMY-PASSPHRASE\n"));
    }

    [Test]
    public async Task DestroyAsync_ServerRefuses_ThrowsServerErrorsVerbatimInPhaseAuthorize()
    {
        var connection = new ScriptedConnection().ThenError("Credentials not owned by \"/CN=Bob\".");
        using var test = new TestClient(connection);
        using var bob = Certificates.EndEntity("Bob");

        var exception = await Assert.ThrowsAsync<MyProxyServerException>(() => test.Client.DestroyAsync(new DestroyRequest { Username = "alice", CredentialName = "job", ClientCredential = bob }));

        Assert.That(exception!.ServerErrors, Is.EqualTo(new[] { "Credentials not owned by \"/CN=Bob\"." }));
        Assert.That(connection.RequestText, Does.Contain("CRED_NAME=job\n"));
    }

    [Test]
    public async Task PutAsync_ServerRequest_SendsOurProxyThenTheSignersChain()
    {
        using var serverKey = System.Security.Cryptography.RSA.Create(2048);
        var serverRequest = Crypto.CryptoProviders.For(Crypto.CryptoBackend.System).CreateCertificateRequest(serverKey, new Crypto.Requests.CertificateRequestOptions());
        var connection = new ScriptedConnection().ThenOk().Then(serverRequest).ThenOk();
        using var test = new TestClient(connection);
        using var alice = Certificates.EndEntity("Alice");

        var result = await test.Client.PutAsync(new PutRequest { Username = "alice", Passphrase = "put-passphrase", ClientCredential = alice, Policies = new CredentialPolicies { Renewers = "condor" } });

        var sent = connection.Writes[1];
        Assert.That(sent[0], Is.EqualTo(2), "count byte: the new proxy and alice's certificate");
        Assert.That(result.DelegatedChain[1].RawData, Is.EqualTo(alice.Certificate.RawData));
        Assert.That(KeyMatching.Matches(result.DelegatedChain[0], serverKey), Is.True);
        Assert.That(connection.RequestText, Does.Contain("RENEWER=*/CN=condor\n"));
    }

    [Test]
    public async Task PutAsync_ServerRejectsTheChain_ThrowsInPhaseStore()
    {
        using var serverKey = System.Security.Cryptography.RSA.Create(2048);
        var serverRequest = Crypto.CryptoProviders.For(Crypto.CryptoBackend.System).CreateCertificateRequest(serverKey, new Crypto.Requests.CertificateRequestOptions());
        var connection = new ScriptedConnection().ThenOk().Then(serverRequest).ThenError("Credentials are not valid.");
        using var test = new TestClient(connection);
        using var alice = Certificates.EndEntity("Alice");

        var exception = await Assert.ThrowsAsync<MyProxyServerException>(() => test.Client.PutAsync(new PutRequest { Username = "alice", ClientCredential = alice }));

        Assert.That(exception!.Phase, Is.EqualTo(MyProxyPhase.Store));
    }

    [Test]
    public async Task PutAsync_GarbageInsteadOfARequest_ThrowsCryptoInPhaseDelegate()
    {
        var connection = new ScriptedConnection().ThenOk().Then([0x30, 0x03, 0x02, 0x01, 0x00]).ThenOk();
        using var test = new TestClient(connection);
        using var alice = Certificates.EndEntity("Alice");

        var exception = await Assert.ThrowsAsync<MyProxyCryptoException>(() => test.Client.PutAsync(new PutRequest { Username = "alice", ClientCredential = alice }));

        Assert.That(exception!.Phase, Is.EqualTo(MyProxyPhase.Delegate));
    }

    [Test]
    public async Task ChangePassphraseAsync_Always_SendsOldAndNewPassphrase()
    {
        var connection = new ScriptedConnection().ThenOk();
        using var test = new TestClient(connection);
        using var alice = Certificates.EndEntity("Alice");

        await test.Client.ChangePassphraseAsync(new ChangePassphraseRequest { Username = "alice", Passphrase = "old-passphrase", NewPassphrase = "new-passphrase", ClientCredential = alice });

        Assert.That(Encoding.ASCII.GetString(connection.Writes[0]), Does.Contain("PASSPHRASE=old-passphrase\nNEW_PHRASE=new-passphrase\n"));
    }

    [Test]
    public void ChangePassphraseRequest_ToString_HidesBothPassphrases()
    {
        var request = new ChangePassphraseRequest { Username = "alice", Passphrase = "old-passphrase", NewPassphrase = "new-passphrase" };

        Assert.That(request.ToString(), Does.Not.Contain("old-passphrase").And.Not.Contain("new-passphrase"));
    }

    [Test]
    public void LogonRequest_ToString_HidesThePassphrase()
    {
        Assert.That(Logon.ToString(), Does.Not.Contain("alice-passphrase"));
    }
}
