using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.RawProtocol;

/// <summary>GET (command 0) of alice's preloaded credential and from the online CA, sent as raw bytes.</summary>
public sealed class GetTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    [Test]
    public async Task Get_WrongPassphrase_RespondsErrorBeforeAskingForARequest()
    {
        await using var connection = await SandboxConnection.OpenAsync(Sandbox.Server);
        await connection.SendTextAsync(Requests.Get(Sandbox.Server.AliceCredential.Username, "not-the-passphrase", Lifetime));

        var response = await connection.ReadMessageAsync();

        Assert.That(ResponseText.Value(response, "RESPONSE"), Is.EqualTo("1"));
        Assert.That(ResponseText.Values(response, "ERROR"), Is.EqualTo(new[] { "Bad password", "invalid credential passphrase" }));
    }

    [Test]
    public async Task Get_WrongPassphrase_ServerClosesTheConnectionAfterTheError()
    {
        await using var connection = await SandboxConnection.OpenAsync(Sandbox.Server);
        await connection.SendTextAsync(Requests.Get(Sandbox.Server.AliceCredential.Username, "not-the-passphrase", Lifetime));
        await connection.ReadMessageAsync();

        var rest = await connection.ReadToEndAsync();

        Assert.That(rest, Is.Empty);
    }

    [Test]
    public async Task Get_RightPassphrase_RespondsOkAndWaitsForTheRequest()
    {
        await using var connection = await SandboxConnection.OpenAsync(Sandbox.Server);
        var credential = Sandbox.Server.AliceCredential;
        await connection.SendTextAsync(Requests.Get(credential.Username, credential.Passphrase, Lifetime));

        var response = await connection.ReadMessageAsync();

        Assert.That(response, Is.EqualTo("VERSION=MYPROXYv2\nRESPONSE=0\n"));
    }

    [Test]
    public async Task Get_RightPassphraseAndEcRequest_ReturnsAProxyOfAliceFollowedByOk()
    {
        var credential = Sandbox.Server.AliceCredential;
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        using var frame = await GetAsync(credential.Username, credential.Passphrase, SigningRequest(key));

        Assert.That(frame.Certificates, Has.Count.EqualTo(2));
        Assert.That(SandboxTrust.OpenSslName(frame.Certificates[0].IssuerName), Is.EqualTo(credential.OwnerSubject));
        Assert.That(SandboxTrust.OpenSslName(frame.Certificates[1].SubjectName), Is.EqualTo(credential.OwnerSubject));
        Assert.That(frame.Trailer, Is.EqualTo("VERSION=MYPROXYv2\nRESPONSE=0\n"));
    }

    [Test]
    public async Task Get_RightPassphraseAndEcRequest_ProxyCarriesTheRequestedKey()
    {
        var credential = Sandbox.Server.AliceCredential;
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        using var frame = await GetAsync(credential.Username, credential.Passphrase, SigningRequest(key));

        using var proxyKey = frame.Certificates[0].GetECDsaPublicKey();
        Assert.That(proxyKey?.ExportSubjectPublicKeyInfo(), Is.EqualTo(key.ExportSubjectPublicKeyInfo()));
    }

    [Test]
    public async Task Get_OnlineCAAccountAndRsaRequest_IssuesACertificateForTheMappedSubject()
    {
        Assume.That(Sandbox.Server.OnlineCAAvailable, Is.True, "the sandbox has no online CA (needs root for PAM)");
        var carol = Sandbox.Server.Carol;
        using var key = RSA.Create(2048);

        using var frame = await GetAsync(carol.Username, carol.Password, SigningRequest(key));

        Assert.That(frame.Certificates, Has.Count.EqualTo(1));
        Assert.That(SandboxTrust.OpenSslName(frame.Certificates[0].SubjectName), Is.EqualTo(carol.Subject));
        Assert.That(SandboxTrust.OpenSslName(frame.Certificates[0].IssuerName), Is.EqualTo(Sandbox.Server.CASubject));
    }

    [Test]
    public async Task Get_OnlineCAAccountWrongPassword_RespondsError()
    {
        Assume.That(Sandbox.Server.OnlineCAAvailable, Is.True, "the sandbox has no online CA (needs root for PAM)");
        await using var connection = await SandboxConnection.OpenAsync(Sandbox.Server);
        await connection.SendTextAsync(Requests.Get(Sandbox.Server.Carol.Username, "not-the-password", Lifetime));

        var response = await connection.ReadMessageAsync();

        Assert.That(ResponseText.Value(response, "RESPONSE"), Is.EqualTo("1"));
        Assert.That(ResponseText.Values(response, "ERROR"), Has.One.StartsWith("PAM authentication failed"));
    }

    [Test]
    public async Task Get_UserWithoutCredentialOrAccount_RespondsThatTheUserIsUnknown()
    {
        // With an online CA the server falls back to it for users it has nothing stored for.
        var expected = Sandbox.Server.OnlineCAAvailable ? "unknown username: bob" : "No credentials exist for username \"bob\".";
        await using var connection = await SandboxConnection.OpenAsync(Sandbox.Server);
        await connection.SendTextAsync(Requests.Get("bob", "bob-password", Lifetime));

        var response = await connection.ReadMessageAsync();

        Assert.That(ResponseText.Value(response, "RESPONSE"), Is.EqualTo("1"));
        Assert.That(ResponseText.Values(response, "ERROR"), Is.EqualTo(new[] { expected }));
    }

    private static async Task<CertificateChainFrame> GetAsync(string username, string passphrase, byte[] signingRequest)
    {
        await using var connection = await SandboxConnection.OpenAsync(Sandbox.Server);
        await connection.SendTextAsync(Requests.Get(username, passphrase, Lifetime));
        var response = await connection.ReadMessageAsync();
        Assert.That(ResponseText.Value(response, "RESPONSE"), Is.EqualTo("0"), response);
        await connection.SendAsync(signingRequest);
        return CertificateChainFrame.Parse(await connection.ReadToEndAsync());
    }

    private static byte[] SigningRequest(ECDsa key) =>
        new CertificateRequest("CN=proxy request", key, HashAlgorithmName.SHA256).CreateSigningRequest();

    private static byte[] SigningRequest(RSA key) =>
        new CertificateRequest("CN=proxy request", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1).CreateSigningRequest();
}
