using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto.Credentials;
using MyProxy.Protocol.Requests;
using MyProxy.Transport.Tls;

namespace MyProxy.IntegrationTests.Transport;

/// <summary>
/// What SslStream on Linux can present as a client certificate: not an RFC 3820 proxy (OpenSSL's chain builder
/// refuses it, and the transport must say so and name the way out), but a GT3 draft proxy, whose ProxyCertInfo OID
/// OpenSSL does not know (see docs/transport.md, "SslStream and proxy client certificates").
/// </summary>
public sealed class SslStreamProxyTests
{
    [Test]
    public async Task Connect_AliceProxyOnLinux_RefusesPointingToTheBouncyCastleTransport()
    {
        Assume.That(OperatingSystem.IsLinux(), "the limitation is OpenSSL's");
        using var alice = TransportSandbox.AliceProxy();

        var exception = await Assert.ThrowsAsync<MyProxyTransportException>(
            () => SslStreamTransport.Instance.ConnectAsync(TransportSandbox.Endpoint, TransportSandbox.Options(alice), CancellationToken.None));

        Assert.That(exception!.Message, Does.Contain("refuses RFC 3820 proxy certificates").And.Contain("--transport bouncycastle"));
    }

    [Test]
    public async Task Info_WithAliceDraftProxy_ListsAliceCredential()
    {
        var directory = Directory.CreateTempSubdirectory("myproxy-draft-proxy-").FullName;
        try
        {
            using var proxy = await DraftProxyAsync(Path.Combine(directory, "proxy.pem"));
            await using var connection = await SslStreamTransport.Instance.ConnectAsync(TransportSandbox.Endpoint, TransportSandbox.Options(proxy), CancellationToken.None);

            var response = await TransportSandbox.ExchangeAsync(connection, MyProxyRequest.Info(Sandbox.Server.AliceCredential.Username));

            response.ThrowIfError();
            Assert.That(response.Credentials.Select(credential => credential.Owner), Has.Some.EqualTo(Sandbox.Server.Alice.Subject));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    // grid-proxy-init -draft: a GT3 proxy of alice's, read here, not by the crypto layer.
    private static async Task<X509Credential> DraftProxyAsync(string path)
    {
        var alice = Sandbox.Server.Alice;
        await Fixture.ExternalTool.RunCheckedAsync(
            "grid-proxy-init",
            ["-q", "-pwstdin", "-draft", "-cert", alice.CertificatePath, "-key", alice.KeyPath, "-out", path],
            new Dictionary<string, string> { ["X509_CERT_DIR"] = Sandbox.Server.CertificateDirectory },
            alice.KeyPassphrase + "\n");
        var pem = await File.ReadAllTextAsync(path);
        var certificates = new X509Certificate2Collection();
        certificates.ImportFromPem(pem);
        using var withKey = X509Certificate2.CreateFromPem(pem, pem);
        return new X509Credential([.. certificates], withKey.GetRSAPrivateKey()!);
    }
}
