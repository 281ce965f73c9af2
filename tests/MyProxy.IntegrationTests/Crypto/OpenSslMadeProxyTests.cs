using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto;
using MyProxy.Crypto.Validation;
using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.Crypto;

/// <summary>
/// Proxies hand-made with openssl (reference C.6): our verdict next to <c>openssl verify -allow_proxy_certs</c>.
/// Where OpenSSL is known to be laxer (limited → full, non-critical ProxyCertInfo; reference D.5) we fail and it
/// passes, which the tests state explicitly.
/// </summary>
public sealed class OpenSslMadeProxyTests
{
    private const string Full = "proxyCertInfo=critical,language:id-ppl-inheritAll\nkeyUsage=critical,digitalSignature,keyEncipherment\n";

    private GridProxyWorkspace _workspace = null!;
    private string _parent = null!;
    private string _parentSubject = null!;

    [OneTimeSetUp]
    public async Task CreateWorkspaceAsync()
    {
        if (ExternalTool.Find("grid-proxy-init") is null)
        {
            Assert.Ignore("grid-proxy-init is not installed; run scripts/install-deps.sh.");
        }

        _workspace = await GridProxyWorkspace.CreateAsync();
        _parent = await _workspace.InitAsync("parent.pem", ["-rfc"]);
        _parentSubject = await GridProxyWorkspace.SubjectAsync(_parent);
    }

    [OneTimeTearDown]
    public void DeleteWorkspace() => _workspace?.Delete();

    [Test]
    public async Task Validate_WellFormedChild_BothAccept()
    {
        var file = await _workspace.SignWithOpenSslAsync(_parent, _parentSubject + "/CN=777", Full, "good");

        Assert.That(Rules(file), Is.Empty);
        Assert.That(await _workspace.OpenSslVerifiesAsync(file), Is.True);
    }

    [Test]
    public async Task Validate_SubjectNotIssuerPlusCn_BothReject()
    {
        var file = await _workspace.SignWithOpenSslAsync(_parent, "/DC=org/DC=example/CN=Mallory/CN=999", Full, "mallory");

        Assert.That(Rules(file), Does.Contain(ChainValidationRule.ProxySubjectMismatch));
        Assert.That(await _workspace.OpenSslVerifiesAsync(file), Is.False);
    }

    [Test]
    public async Task Validate_ExtraRdnBeforeCn_BothReject()
    {
        var file = await _workspace.SignWithOpenSslAsync(_parent, _parentSubject + "/O=x/CN=556", Full, "extra-rdn");

        Assert.That(Rules(file), Does.Contain(ChainValidationRule.ProxySubjectMismatch));
        Assert.That(await _workspace.OpenSslVerifiesAsync(file), Is.False);
    }

    [Test]
    public async Task Validate_ChildOfPathLengthZero_BothReject()
    {
        var zero = await _workspace.SignWithOpenSslAsync(_parent, _parentSubject + "/CN=100",
            "proxyCertInfo=critical,language:id-ppl-inheritAll,pathlen:0\nkeyUsage=critical,digitalSignature,keyEncipherment\n", "zero");
        var zeroCredential = Path.Combine(_workspace.Directory, "zero-credential.pem");
        string In(string file) => Path.Combine(_workspace.Directory, file);
        await File.WriteAllTextAsync(zeroCredential, await File.ReadAllTextAsync(In("zero.crt")) + await File.ReadAllTextAsync(In("zero.key")) + await File.ReadAllTextAsync(_parent));
        var child = await _workspace.SignWithOpenSslAsync(zeroCredential, await GridProxyWorkspace.SubjectAsync(zero) + "/CN=101", Full, "zero-child");

        Assert.That(Rules(zero), Is.Empty);
        Assert.That(Rules(child), Is.EqualTo(new[] { ChainValidationRule.ProxyPathLengthExceeded }));
        Assert.That(await _workspace.OpenSslVerifiesAsync(child), Is.False);
    }

    [Test]
    public async Task Validate_FullChildOfLimited_WeRejectOpenSslAccepts()
    {
        var limited = await _workspace.InitAsync("limited.pem", ["-rfc", "-limited"]);
        var file = await _workspace.SignWithOpenSslAsync(limited, await GridProxyWorkspace.SubjectAsync(limited) + "/CN=777", Full, "limited-full");

        Assert.That(Rules(file), Is.EqualTo(new[] { ChainValidationRule.ProxyLimitedToFull }));
        Assert.That(await _workspace.OpenSslVerifiesAsync(file), Is.True);
    }

    [Test]
    public async Task Validate_NonCriticalProxyCertInfo_WeRejectOpenSslAccepts()
    {
        var file = await _workspace.SignWithOpenSslAsync(_parent, _parentSubject + "/CN=778",
            "proxyCertInfo=language:id-ppl-inheritAll\nkeyUsage=critical,digitalSignature,keyEncipherment\n", "noncritical");

        Assert.That(Rules(file), Is.EqualTo(new[] { ChainValidationRule.ProxyCertInfoNotCritical }));
        Assert.That(await _workspace.OpenSslVerifiesAsync(file), Is.True);
    }

    private IEnumerable<ChainValidationRule> Rules(string file)
    {
        var certificates = new X509Certificate2Collection();
        certificates.ImportFromPemFile(file);
        var validator = new ProxyChainValidator(CryptoProviders.For(CryptoBackend.BouncyCastle), CertificateAuthorityDirectory.Load(_workspace.TrustDirectory));
        return validator.Validate([.. certificates]).Failures.Select(failure => failure.Rule).ToList();
    }
}
