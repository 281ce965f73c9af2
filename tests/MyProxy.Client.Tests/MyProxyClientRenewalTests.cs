using MyProxy.Client.Operations;
using MyProxy.Client.Tests.Support;
using MyProxy.Crypto.Keys;
using MyProxy.Protocol;
using MyProxy.Protocol.Frames;

namespace MyProxy.Client.Tests;

/// <summary>Answering RESPONSE=2: SHA-256 preferred, SHA-1 only when alone, a signature that verifies with the renewed credential.</summary>
public sealed class MyProxyClientRenewalTests
{
    private const string Sha1Challenge = "0123456789abcdef0123456789abcdef";
    private const string Sha256Challenge = "fedcba9876543210fedcba9876543210";

    private static ScriptedConnection Challenging(string offers) => new ScriptedConnection()
        .ThenText("VERSION=MYPROXYv2\nRESPONSE=2\n" + offers)
        .ThenOk()
        .Then(writes => Certificates.Frame(Certificates.IssueFor(writes[2])))
        .ThenOk();

    [Test]
    public async Task LogonAsync_BothCertificateMethodsOffered_AnswersWithSha256()
    {
        var connection = Challenging($"AUTHORIZATION_DATA=X509_certificate:{Sha1Challenge}\nAUTHORIZATION_DATA=X509_certificate_SHA256:{Sha256Challenge}\n");
        using var test = new TestClient(connection);
        using var renewed = Certificates.EndEntity("Alice");

        (await test.Client.LogonAsync(new LogonRequest { Username = "alice", RenewalCredential = renewed, ClientCredential = renewed, Key = KeySpecification.EcP256 })).Credential?.Dispose();

        var reply = AuthorizationReply.Decode(connection.Writes[1]);
        Assert.That(reply.Method, Is.EqualTo(AuthorizationMethod.X509CertificateSha256));
        var payload = CertificateAuthorizationPayload.Decode(reply.Payload.Span);
        using var key = renewed.Certificate.PublicKey.GetECDsaPublicKey()!;
        Assert.That(key.VerifyData(CertificateAuthorizationPayload.GetBytesToSign(Sha256Challenge), payload.Signature.Span, System.Security.Cryptography.HashAlgorithmName.SHA256,
            System.Security.Cryptography.DSASignatureFormat.Rfc3279DerSequence), Is.True);
    }

    [Test]
    public async Task LogonAsync_OnlySha1Offered_AnswersWithSha1()
    {
        var connection = Challenging($"AUTHORIZATION_DATA=X509_certificate:{Sha1Challenge}\n");
        using var test = new TestClient(connection);
        using var renewed = Certificates.EndEntity("Alice");

        (await test.Client.LogonAsync(new LogonRequest { Username = "alice", RenewalCredential = renewed, ClientCredential = renewed, Key = KeySpecification.EcP256 })).Credential?.Dispose();

        Assert.That(AuthorizationReply.Decode(connection.Writes[1]).Method, Is.EqualTo(AuthorizationMethod.X509Certificate));
    }

    [Test]
    public async Task LogonAsync_OnlySaslOffered_ThrowsInPhaseAuthorize()
    {
        var connection = Challenging("AUTHORIZATION_DATA=SASL:SASL authorization negotiation server\n");
        using var test = new TestClient(connection);
        using var renewed = Certificates.EndEntity("Alice");

        var exception = await Assert.ThrowsAsync<MyProxyException>(() =>
            test.Client.LogonAsync(new LogonRequest { Username = "alice", RenewalCredential = renewed, ClientCredential = renewed, Key = KeySpecification.EcP256 }));

        Assert.That(exception!.Phase, Is.EqualTo(MyProxyPhase.Authorize));
        Assert.That(exception.Message, Does.Contain("SASL"));
    }
}
