using System.Security.Cryptography.X509Certificates;
using System.Text;
using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.RawProtocol;

/// <summary>GET_TRUSTROOTS (command 7) sent as raw bytes, anonymously and with a client certificate.</summary>
public sealed class GetTrustRootsTests
{
    [Test]
    public async Task GetTrustRoots_Anonymous_RespondsOk()
    {
        var response = await GetTrustRootsAsync(clientCertificate: null);

        Assert.That(ResponseText.Value(response, "VERSION"), Is.EqualTo("MYPROXYv2"));
        Assert.That(ResponseText.Value(response, "RESPONSE"), Is.EqualTo("0"));
    }

    [Test]
    public async Task GetTrustRoots_Anonymous_SendsTheSandboxCACertificate()
    {
        using var expected = Sandbox.Server.LoadCACertificate();

        var response = await GetTrustRootsAsync(clientCertificate: null);

        var fileName = CAFileName(expected);
        using var sent = X509Certificate2.CreateFromPem(Encoding.ASCII.GetString(FileData(response, fileName)));
        Assert.That(sent.RawData, Is.EqualTo(expected.RawData));
    }

    [Test]
    public async Task GetTrustRoots_Anonymous_ListsTheCACertificateAndItsSigningPolicy()
    {
        using var ca = Sandbox.Server.LoadCACertificate();
        var hash = Path.GetFileNameWithoutExtension(CAFileName(ca));

        var response = await GetTrustRootsAsync(clientCertificate: null);

        Assert.That(ResponseText.Value(response, "TRUSTED_CERTS").Split(','), Is.EquivalentTo(new[] { $"{hash}.0", $"{hash}.signing_policy" }));
    }

    [Test]
    public async Task GetTrustRoots_Anonymous_SendsTheSigningPolicyVerbatim()
    {
        using var ca = Sandbox.Server.LoadCACertificate();
        var policyName = Path.ChangeExtension(CAFileName(ca), ".signing_policy");
        var expected = await File.ReadAllBytesAsync(Path.Combine(Sandbox.Server.CertificateDirectory, policyName));

        var response = await GetTrustRootsAsync(clientCertificate: null);

        Assert.That(FileData(response, policyName), Is.EqualTo(expected));
    }

    [Test]
    public async Task GetTrustRoots_WithAliceCertificate_RespondsOk()
    {
        var alice = Sandbox.Server.Alice;
        using var certificate = X509Certificate2.CreateFromEncryptedPemFile(alice.CertificatePath, alice.KeyPassphrase, alice.KeyPath);

        var response = await GetTrustRootsAsync(certificate);

        Assert.That(ResponseText.Value(response, "RESPONSE"), Is.EqualTo("0"));
    }

    private static async Task<string> GetTrustRootsAsync(X509Certificate2? clientCertificate)
    {
        await using var connection = await SandboxConnection.OpenAsync(Sandbox.Server, clientCertificate);
        await connection.SendTextAsync(Requests.GetTrustRoots);
        return await connection.ReadMessageAsync();
    }

    /// <summary>The name the server gives the CA file: the hash-named <c>.0</c> file holding it.</summary>
    private static string CAFileName(X509Certificate2 ca)
    {
        var match = Directory.GetFiles(Sandbox.Server.CertificateDirectory, "*.0")
            .Single(path => File.ReadAllText(path).Contains(ca.ExportCertificatePem(), StringComparison.Ordinal));
        return Path.GetFileName(match);
    }

    private static byte[] FileData(string response, string fileName) =>
        Convert.FromBase64String(ResponseText.Value(response, $"FILEDATA_{fileName}"));
}
