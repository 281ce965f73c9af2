using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto;
using MyProxy.Crypto.Backends.BouncyCastle;
using MyProxy.Crypto.Backends.SystemCrypto;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Proxies;
using MyProxy.Crypto.Tests.Support;
using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.Crypto;

/// <summary>Proxies made by <see cref="ProxyFactory"/> as the C world sees them: <c>openssl verify -allow_proxy_certs</c> and <c>grid-proxy-info</c>.</summary>
[TestFixtureSource(nameof(Providers))]
public sealed class ProxyInteropTests(ICryptoProvider crypto)
{
    private const string CaSubject = "/DC=org/DC=example/CN=Test CA";

    private string _directory = null!;
    private string _caDirectory = null!;

    public static IEnumerable<ICryptoProvider> Providers => [SystemCryptoProvider.Instance, BouncyCastleCryptoProvider.Instance];

    [OneTimeSetUp]
    public async Task WriteTrustDirectoryAsync()
    {
        _directory = Directory.CreateTempSubdirectory("myproxy-proxy-interop-").FullName;
        _caDirectory = await OpenSslCaDirectory.WriteAsync(
            Path.Combine(_directory, "certificates"), TestPki.Shared.Ca.ExportCertificatePem() + "\n", CaSubject, "/DC=org/DC=example/*");
    }

    [OneTimeTearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [TestCase(ProxyPolicyKind.InheritAll)]
    [TestCase(ProxyPolicyKind.Limited)]
    [TestCase(ProxyPolicyKind.Independent)]
    public async Task OpenSslVerify_RfcProxy_IsAccepted(ProxyPolicyKind policy)
    {
        using var proxy = MakeProxy(new ProxyOptions { Policy = policy, PathLength = 1 });

        var result = await VerifyAsync(proxy, "rfc-" + policy);

        Assert.That(result.StandardOutput, Does.Contain(": OK"), result.Describe());
    }

    [Test]
    public async Task OpenSslVerify_ProxyOfProxy_IsAccepted()
    {
        using var first = MakeProxy(new ProxyOptions());
        using var second = ProxyChains.Delegate(ProxyChains.Factory(crypto), first, new ProxyOptions());

        var result = await VerifyAsync(second, "rfc-second");

        Assert.That(result.StandardOutput, Does.Contain(": OK"), result.Describe());
    }

    [Test]
    public async Task OpenSslVerify_ProxySignatureBitFlipped_IsRejected()
    {
        using var proxy = MakeProxy(new ProxyOptions());
        var bytes = proxy.Certificate.RawData;
        bytes[^1] ^= 0x01;
        using var forged = X509CertificateLoader.LoadCertificate(bytes);

        var result = await VerifyAsync(forged, proxy.Chain.Skip(1), "rfc-forged");

        Assert.That(result.ExitCode, Is.Not.Zero, result.Describe());
    }

    [TestCase(ProxyCertificateFormat.Rfc3820, ProxyPolicyKind.InheritAll, "RFC 3820 compliant impersonation proxy")]
    [TestCase(ProxyCertificateFormat.Rfc3820, ProxyPolicyKind.Limited, "RFC 3820 compliant limited proxy")]
    [TestCase(ProxyCertificateFormat.Rfc3820, ProxyPolicyKind.Independent, "RFC 3820 compliant independent proxy")]
    [TestCase(ProxyCertificateFormat.Draft, ProxyPolicyKind.InheritAll, "Proxy draft (pre-RFC) compliant impersonation proxy")]
    [TestCase(ProxyCertificateFormat.Draft, ProxyPolicyKind.Limited, "Proxy draft (pre-RFC) compliant limited proxy")]
    [TestCase(ProxyCertificateFormat.Draft, ProxyPolicyKind.Independent, "Proxy draft (pre-RFC) compliant independent proxy")]
    [TestCase(ProxyCertificateFormat.Legacy, ProxyPolicyKind.InheritAll, "full legacy globus proxy")]
    [TestCase(ProxyCertificateFormat.Legacy, ProxyPolicyKind.Limited, "limited legacy globus proxy")]
    public async Task GridProxyInfoType_FormatAndPolicy_PrintsGlobusType(ProxyCertificateFormat format, ProxyPolicyKind policy, string expected)
    {
        using var proxy = MakeProxy(new ProxyOptions { Format = format, Policy = policy });
        var path = await GlobusProxyFile.WriteAsync(Path.Combine(_directory, $"x509up_{format}_{policy}"), proxy);

        var result = await ExternalTool.RunAsync("grid-proxy-info", ["-file", path, "-type"], Environment());

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, result.Describe());
            Assert.That(result.StandardOutput.Trim(), Is.EqualTo(expected), result.Describe());
        });
    }

    [Test]
    public async Task GridProxyInfoExists_RfcProxy_ExitsZero()
    {
        using var proxy = MakeProxy(new ProxyOptions());
        var path = await GlobusProxyFile.WriteAsync(Path.Combine(_directory, "x509up_exists"), proxy);

        var result = await ExternalTool.RunAsync("grid-proxy-info", ["-file", path, "-e"], Environment());

        Assert.That(result.ExitCode, Is.Zero, result.Describe());
    }

    private X509Credential MakeProxy(ProxyOptions options)
    {
        using var user = TestPki.Shared.UserCredential();
        return ProxyChains.Delegate(ProxyChains.Factory(crypto), user, options);
    }

    private Task<ToolResult> VerifyAsync(X509Credential proxy, string name) => VerifyAsync(proxy.Certificate, proxy.Chain.Skip(1), name);

    private async Task<ToolResult> VerifyAsync(X509Certificate2 leafCertificate, IEnumerable<X509Certificate2> issuers, string name)
    {
        var leaf = await GlobusProxyFile.WriteCertificatesAsync(Path.Combine(_directory, name + "-leaf.pem"), [leafCertificate]);
        var chain = await GlobusProxyFile.WriteCertificatesAsync(Path.Combine(_directory, name + "-chain.pem"), issuers);
        return await ExternalTool.RunAsync("openssl", ["verify", "-allow_proxy_certs", "-CApath", _caDirectory, "-untrusted", chain, leaf]);
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["X509_CERT_DIR"] = _caDirectory,
        ["HOME"] = _directory,
    };
}
