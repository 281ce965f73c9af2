using System.Security.Cryptography.X509Certificates;
using MyProxy.Crypto;
using MyProxy.Crypto.Summary;
using MyProxy.Crypto.Validation;
using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.Crypto;

/// <summary>
/// Proxies made by the real grid-proxy-init, judged by our validator and summary and by the C tools: the type,
/// identity, subject and strength must match grid-proxy-info; the verdict must match openssl verify for RFC 3820
/// proxies (OpenSSL knows no draft or legacy proxies and rejects those, where the Globus Toolkit accepts them).
/// </summary>
public sealed class GridProxyInteroperabilityTests
{
    private static readonly string[][] Options =
    [
        ["-rfc"], ["-rfc", "-limited"], ["-rfc", "-independent"],
        ["-draft"], ["-draft", "-limited"], ["-draft", "-independent"],
        ["-old"], ["-old", "-limited"],
        ["-rfc", "-path-length", "2"],
    ];

    private GridProxyWorkspace _workspace = null!;

    private static IEnumerable<CryptoBackend> BackendsToTest => [CryptoBackend.System, CryptoBackend.BouncyCastle];

    [OneTimeSetUp]
    public async Task CreateWorkspaceAsync()
    {
        if (ExternalTool.Find("grid-proxy-init") is null || ExternalTool.Find("grid-proxy-info") is null)
        {
            Assert.Ignore("grid-proxy-init/grid-proxy-info are not installed; run scripts/install-deps.sh.");
        }

        _workspace = await GridProxyWorkspace.CreateAsync();
    }

    [OneTimeTearDown]
    public void DeleteWorkspace() => _workspace?.Delete();

    [TestCaseSource(nameof(Options))]
    public async Task Summary_GridProxyInitProxy_MatchesGridProxyInfo(string[] options)
    {
        var file = await _workspace.InitAsync(Name(options), options);

        var summary = CredentialSummary.Create(ReadChain(file), DateTimeOffset.UtcNow, file);

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(summary.TypeDescription, Is.EqualTo(await _workspace.InfoAsync(file, "-type")));
            Assert.That(summary.Identity, Is.EqualTo(await _workspace.InfoAsync(file, "-identity")));
            Assert.That(summary.Subject, Is.EqualTo(await _workspace.InfoAsync(file, "-subject")));
            Assert.That(summary.Issuer, Is.EqualTo(await _workspace.InfoAsync(file, "-issuer")));
            Assert.That(summary.StrengthBits.ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(await _workspace.InfoAsync(file, "-strength")));
            Assert.That(summary.EndEntitySubject, Is.EqualTo(GridProxyWorkspace.UserSubject));
        });
    }

    [TestCaseSource(nameof(Options))]
    public async Task Validate_GridProxyInitProxy_IsValidOnBothBackends(string[] options)
    {
        var file = await _workspace.InitAsync(Name(options), options);
        var chain = ReadChain(file);

        foreach (var backend in BackendsToTest)
        {
            var result = Validator(backend).Validate(chain);
            Assert.That(result.Failures, Is.Empty, $"{backend}: {string.Join("; ", result.Failures)}");
        }

        if (options[0] == "-rfc")
        {
            Assert.That(await _workspace.OpenSslVerifiesAsync(file), Is.True, "openssl verify -allow_proxy_certs should accept it too");
        }
    }

    [Test]
    public async Task Validate_RedelegationBeyondPathLength_FailsLikeOpenSsl()
    {
        var parent = await _workspace.InitAsync("pl2.pem", ["-rfc", "-path-length", "2"]);
        var first = await _workspace.InitAsync("pl2-a.pem", ["-rfc"], parent);
        var second = await _workspace.InitAsync("pl2-b.pem", ["-rfc"], first);
        var third = await _workspace.InitAsync("pl2-c.pem", ["-rfc"], second);

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(Validator(CryptoBackend.System).Validate(ReadChain(second)).Failures, Is.Empty);
            Assert.That(await _workspace.OpenSslVerifiesAsync(second), Is.True);
            foreach (var backend in BackendsToTest)
            {
                var rules = Validator(backend).Validate(ReadChain(third)).Failures.Select(failure => failure.Rule);
                Assert.That(rules, Is.EqualTo(new[] { ChainValidationRule.ProxyPathLengthExceeded }), backend.ToString());
            }

            Assert.That(await _workspace.OpenSslVerifiesAsync(third), Is.False);
        });
    }

    [Test]
    public async Task Summary_Redelegated_RemainingPathLengthCountsDown()
    {
        var parent = await _workspace.InitAsync("pl2r.pem", ["-rfc", "-path-length", "2"]);
        var child = await _workspace.InitAsync("pl2r-a.pem", ["-rfc"], parent);

        Assert.Multiple(() =>
        {
            Assert.That(CredentialSummary.Create(ReadChain(parent), DateTimeOffset.UtcNow).RemainingPathLength, Is.EqualTo(2));
            Assert.That(CredentialSummary.Create(ReadChain(child), DateTimeOffset.UtcNow).RemainingPathLength, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Validate_LimitedThenRfc_GridProxyInitKeepsItLimited()
    {
        var limited = await _workspace.InitAsync("lim-parent.pem", ["-rfc", "-limited"]);
        var child = await _workspace.InitAsync("lim-child.pem", ["-rfc"], limited);

        var result = Validator(CryptoBackend.System).Validate(ReadChain(child));

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(result.Failures, Is.Empty);
            Assert.That(result.IsLimited, Is.True);
            Assert.That(await _workspace.InfoAsync(child, "-type"), Is.EqualTo("RFC 3820 compliant limited proxy"));
        });
    }

    [Test]
    public async Task Validate_ProxyFromUntrustedDirectory_FailsNamingIssuer()
    {
        var file = await _workspace.InitAsync("untrusted.pem", ["-rfc"]);
        var empty = System.IO.Directory.CreateDirectory(Path.Combine(_workspace.Directory, "empty-certs")).FullName;
        var validator = new ProxyChainValidator(CryptoProviders.For(CryptoBackend.System), CertificateAuthorityDirectory.Load(empty));

        var failure = validator.Validate(ReadChain(file)).Failures.Single();

        Assert.That(failure.Message, Is.EqualTo($"issuer /DC=org/DC=example/CN=Test CA is not a trusted CA in trust directory {empty}"));
    }

    private static string Name(string[] options) => string.Concat(options).Replace("-", string.Empty, StringComparison.Ordinal) + ".pem";

    private static List<X509Certificate2> ReadChain(string file)
    {
        var certificates = new X509Certificate2Collection();
        certificates.ImportFromPemFile(file);
        return [.. certificates];
    }

    private ProxyChainValidator Validator(CryptoBackend backend) =>
        new(CryptoProviders.For(backend), CertificateAuthorityDirectory.Load(_workspace.TrustDirectory));
}
