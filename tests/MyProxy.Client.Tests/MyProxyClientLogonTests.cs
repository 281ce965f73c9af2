using MyProxy.Client.Operations;
using MyProxy.Client.Tests.Support;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Keys;
using MyProxy.Crypto.Validation;
using NSubstitute;

namespace MyProxy.Client.Tests;

/// <summary>The logon orchestration over a scripted connection: the exchange, verification, phases.</summary>
public sealed class MyProxyClientLogonTests
{
    private static LogonRequest Request => new() { Username = "alice", Passphrase = "alice-passphrase", Key = KeySpecification.EcP256 };

    // Step 3 reads the certificate request the client wrote (the write after the request) and answers with a chain for it.
    private static ScriptedConnection ServerIssuing(Func<byte[], byte[]> certificateFor) => new ScriptedConnection()
        .ThenOk()
        .Then(writes => Certificates.Frame(certificateFor(writes[1])))
        .ThenOk();

    [Test]
    public async Task LogonAsync_ServerIssuesForOurRequest_ReturnsACredentialWithTheGeneratedKey()
    {
        var connection = ServerIssuing(Certificates.IssueFor);
        using var test = new TestClient(connection);

        var result = await test.Client.LogonAsync(Request);
        using var credential = result.Credential!;

        Assert.That(KeyMatching.Matches(credential.Certificate, credential.PrivateKey), Is.True);
    }

    [Test]
    public async Task LogonAsync_Always_SendsTheDelegationFlagBeforeTheRequest()
    {
        var connection = ServerIssuing(Certificates.IssueFor);
        using var test = new TestClient(connection);

        (await test.Client.LogonAsync(Request)).Credential?.Dispose();

        Assert.That(connection.Events.Take(2), Is.EqualTo(new[] { "flag", "write" }));
        Assert.That(connection.RequestText, Does.Contain("COMMAND=0\nUSERNAME=alice\n"));
    }

    [Test]
    public async Task LogonAsync_ChainForAnotherKey_ThrowsValidationInPhaseVerifyResult()
    {
        using var other = System.Security.Cryptography.ECDsa.Create();
        var foreign = new Crypto.Requests.CertificateRequestOptions();
        var connection = ServerIssuing(_ => Certificates.IssueFor(Crypto.CryptoProviders.For(Crypto.CryptoBackend.System).CreateCertificateRequest(other, foreign)));
        using var test = new TestClient(connection);

        var exception = await Assert.ThrowsAsync<MyProxyValidationException>(() => test.Client.LogonAsync(Request));

        Assert.That(exception!.Phase, Is.EqualTo(MyProxyPhase.VerifyResult));
    }

    [Test]
    public async Task LogonAsync_ChainThatDoesNotValidate_ThrowsValidationInPhaseVerifyResult()
    {
        var connection = ServerIssuing(Certificates.IssueFor);
        using var test = new TestClient(connection);
        test.Validator.Validate(default!).ReturnsForAnyArgs(new ChainValidationResult
        {
            Failures = [new ChainValidationFailure(1, "CN=Test CA", ChainValidationRule.UntrustedIssuer, "no trusted CA issued CN=Test CA")],
        });

        var exception = await Assert.ThrowsAsync<MyProxyValidationException>(() => test.Client.LogonAsync(Request));

        Assert.That(exception!.Phase, Is.EqualTo(MyProxyPhase.VerifyResult));
        Assert.That(exception.Failures, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task LogonAsync_ErrorFirst_ThrowsServerErrorsVerbatimInPhaseAuthorize()
    {
        var connection = new ScriptedConnection().ThenError("Bad password", "invalid credential passphrase");
        using var test = new TestClient(connection);

        var exception = await Assert.ThrowsAsync<MyProxyServerException>(() => test.Client.LogonAsync(Request));

        Assert.That(exception!.Phase, Is.EqualTo(MyProxyPhase.Authorize));
        Assert.That(exception.ServerErrors, Is.EqualTo(new[] { "Bad password", "invalid credential passphrase" }));
        Assert.That(connection.Writes, Has.Count.EqualTo(1), "no certificate request after a refusal");
    }

    [Test]
    public async Task LogonAsync_ErrorAfterTheRequest_ThrowsInPhaseDelegate()
    {
        var connection = new ScriptedConnection().ThenOk().ThenError("Unable to delegate credentials.");
        using var test = new TestClient(connection);

        var exception = await Assert.ThrowsAsync<MyProxyServerException>(() => test.Client.LogonAsync(Request));

        Assert.That(exception!.Phase, Is.EqualTo(MyProxyPhase.Delegate));
        Assert.That(exception.ServerErrors, Is.EqualTo(new[] { "Unable to delegate credentials." }));
    }

    [Test]
    public async Task LogonAsync_ServerClosesInsideTheChain_ThrowsProtocolInPhaseDelegate()
    {
        var connection = new ScriptedConnection().ThenOk().Then([2, 0x30, 0x82]);
        using var test = new TestClient(connection);

        var exception = await Assert.ThrowsAsync<MyProxyProtocolException>(() => test.Client.LogonAsync(Request));

        Assert.That(exception!.Phase, Is.EqualTo(MyProxyPhase.Delegate));
    }

    [Test]
    public async Task LogonAsync_AuthenticateOnly_SendsTheRequestAloneAndReturnsNothingToKeep()
    {
        var connection = new ScriptedConnection().ThenOk();
        using var test = new TestClient(connection);

        var result = await test.Client.LogonAsync(Request with { AuthenticateOnly = true });

        Assert.Multiple(() =>
        {
            Assert.That((result.Credential, result.Chain.Count), Is.EqualTo(((Crypto.Credentials.X509Credential?)null, 0)));
            Assert.That(connection.Writes, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task LogonAsync_RequestOptionsWithoutProxyCertInfo_SendsALegacyRequest()
    {
        var connection = ServerIssuing(Certificates.IssueFor);
        using var test = new TestClient(connection);

        (await test.Client.LogonAsync(Request with { RequestOptions = new Crypto.Requests.CertificateRequestOptions { ProxyCertInfo = null } })).Credential?.Dispose();

        var sent = Crypto.CryptoProviders.For(Crypto.CryptoBackend.System).DecodeCertificateRequest(connection.Writes[1]);
        Assert.That(sent.RequestedProxyCertInfo, Is.Null);
    }

    [Test]
    public async Task LogonAsync_CallerCertificateRequest_SendsItVerbatimAndReturnsNoKey()
    {
        using var key = System.Security.Cryptography.ECDsa.Create();
        var csr = Crypto.CryptoProviders.For(Crypto.CryptoBackend.System).CreateCertificateRequest(key, new Crypto.Requests.CertificateRequestOptions());
        var connection = ServerIssuing(Certificates.IssueFor);
        using var test = new TestClient(connection);

        var result = await test.Client.LogonAsync(Request with { CertificateRequest = csr });

        Assert.That(result.Credential, Is.Null);
        Assert.That(connection.Writes[1], Is.EqualTo(csr));
    }

    [Test]
    public async Task LogonAsync_TrustRootsWanted_InstallsThemFromTheFirstResponse()
    {
        var connection = new ScriptedConnection()
            .ThenOk("TRUSTED_CERTS=ab.0\nFILEDATA_ab.0=aGVsbG8=\n")
            .Then(writes => Certificates.Frame(Certificates.IssueFor(writes[1])))
            .ThenOk();
        using var test = new TestClient(connection);

        (await test.Client.LogonAsync(Request with { WantTrustRoots = true })).Credential?.Dispose();

        test.TrustRoots.Received(1).Install(Arg.Is<IReadOnlyList<Protocol.Responses.TrustRootFile>>(files => files.Single().FileName == "ab.0"));
        Assert.That(connection.RequestText, Does.Contain("TRUSTED_CERTS=1\n"));
    }

    [Test]
    public async Task LogonAsync_VomsRequested_SendsVoNameAndVomsesLines()
    {
        var connection = ServerIssuing(Certificates.IssueFor);
        using var test = new TestClient(connection);

        (await test.Client.LogonAsync(Request with { VONames = ["atlas:/atlas/Role=pilot"], Vomses = ["\"atlas\" \"voms.example.org\" \"15001\" \"/DC=org/CN=voms\" \"atlas\""] })).Credential?.Dispose();

        Assert.That(connection.RequestText, Does.Contain("VONAME=atlas:/atlas/Role=pilot\nVOMSES=\"atlas\""));
    }

    [Test]
    public async Task LogonAsync_KeyAndCertificateRequestBoth_ThrowsArgumentBeforeConnecting()
    {
        using var key = System.Security.Cryptography.ECDsa.Create();
        var connection = new ScriptedConnection();
        using var test = new TestClient(connection);

        await Assert.ThrowsAsync<ArgumentException>(() => test.Client.LogonAsync(Request with { PrivateKey = key, CertificateRequest = new byte[] { 0x30, 0 } }));

        await test.Transport.DidNotReceiveWithAnyArgs().ConnectAsync(default!, default!, default);
    }
}
