using MyProxy.Crypto.Validation;
using MyProxy.Transport;
using MyProxy.Transport.Identity;
using MyProxy.Transport.Trust;

namespace MyProxy.IntegrationTests.Transport;

/// <summary>The get-trustroots flow against the sandbox, for both transports: what is installed, and that a refusal writes nothing.</summary>
[TestFixtureSource(typeof(Transports), nameof(Transports.All))]
public sealed class TrustRootRetrievalTests(IMyProxyTransport transport)
{
    private string _root = string.Empty;

    private string Directory => Path.Combine(_root, "certificates");

    [SetUp]
    public void CreateRoot() => _root = System.IO.Directory.CreateTempSubdirectory("myproxy-retrieval-").FullName;

    [TearDown]
    public void DeleteRoot() => System.IO.Directory.Delete(_root, recursive: true);

    private Task<TrustRootRetrievalResult> RetrieveAsync(TransportOptions options, Action<BootstrapTrustAnchor>? bootstrap) =>
        new TrustRootRetrieval(transport).RetrieveAsync([TransportSandbox.Endpoint], options, Directory, bootstrap, CancellationToken.None);

    [Test]
    public async Task RetrieveAsync_BootstrapIntoAMissingDirectory_InstallsAndNamesTheCA()
    {
        var reported = new List<BootstrapTrustAnchor>();

        var result = await RetrieveAsync(TransportSandbox.Options(), reported.Add);

        Assert.That(result.BootstrappedAuthority?.Subject, Is.EqualTo(Sandbox.Server.CASubject));
        Assert.That(reported, Has.Count.EqualTo(1));
        Assert.That(result.Installed.InstalledPaths.Select(Path.GetFileName), Has.Some.EndsWith(".0"));
    }

    [Test]
    public async Task RetrieveAsync_TrustedServerWithBootstrapAllowed_DoesNotBootstrap()
    {
        System.IO.Directory.CreateDirectory(Directory);
        await File.WriteAllTextAsync(Path.Combine(Directory, "placeholder"), "x");
        var reported = new List<BootstrapTrustAnchor>();

        var result = await RetrieveAsync(TransportSandbox.Options(), reported.Add);

        Assert.That((result.BootstrappedAuthority, reported.Count), Is.EqualTo(((BootstrapTrustAnchor?)null, 0)));
    }

    [Test]
    public async Task RetrieveAsync_UntrustedCAWithBootstrapAllowed_FallsBackToBootstrap()
    {
        System.IO.Directory.CreateDirectory(Directory);
        await File.WriteAllTextAsync(Path.Combine(Directory, "placeholder"), "x");
        using var stranger = TestCertificates.SelfSignedCA("CN=Stranger CA");
        var options = TransportSandbox.TrustingOnly(stranger);

        var result = await RetrieveAsync(options, _ => { });

        Assert.That(result.BootstrappedAuthority?.Subject, Is.EqualTo(Sandbox.Server.CASubject));
    }

    [Test]
    public async Task RetrieveAsync_UntrustedCAWithoutBootstrap_WritesNothing()
    {
        using var stranger = TestCertificates.SelfSignedCA("CN=Stranger CA");
        var options = TransportSandbox.TrustingOnly(stranger);

        await Assert.ThrowsAsync<MyProxyValidationException>(() => RetrieveAsync(options, bootstrap: null));

        Assert.That(System.IO.Directory.Exists(Directory), Is.False);
    }

    [Test]
    public async Task RetrieveAsync_WrongPinnedDNEvenWithBootstrap_WritesNothing()
    {
        var options = TransportSandbox.Options() with { ServerIdentity = ServerIdentityPolicy.Pinned("/DC=org/DC=example/CN=host/otherhost") };

        await Assert.ThrowsAsync<MyProxyServerIdentityException>(() => RetrieveAsync(options, _ => { }));

        Assert.That(System.IO.Directory.Exists(Directory), Is.False);
    }

    [Test]
    public async Task RetrieveAsync_WrongHostName_WritesNothing()
    {
        var retrieval = new TrustRootRetrieval(transport);

        await Assert.ThrowsAsync<MyProxyServerIdentityException>(() => retrieval.RetrieveAsync(
            [new MyProxyEndpoint(Sandbox.Server.Address, Sandbox.Server.Port)], TransportSandbox.Options(), Directory, null, CancellationToken.None));

        Assert.That(System.IO.Directory.Exists(Directory), Is.False);
    }

    [Test]
    public async Task RetrieveAsync_BootstrapWithAServerThatWithholdsItsCA_RefusesAndWritesNothing()
    {
        // An SslStream server on Linux trims the root from the chain it sends: there is no CA to bootstrap.
        var certificate = TestCertificates.IssueHostCertificate(TestCertificates.HostSubject("localhost"), DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        await using var listener = TestListener.SilentTls(certificate);
        var reported = new List<BootstrapTrustAnchor>();

        var exception = await Assert.ThrowsAsync<MyProxyValidationException>(() => new TrustRootRetrieval(transport).RetrieveAsync(
            [listener.Endpoint()], TransportSandbox.Options(), Directory, reported.Add, CancellationToken.None));

        Assert.That(exception!.Failures.Select(failure => failure.Rule), Is.EqualTo(new[] { ChainValidationRule.UntrustedIssuer }), exception.Message);
        Assert.That(exception.Message, Does.Contain("trust bootstrap refused: the server did not send the CA that issued its certificate").And.Not.Contain("re-run with -b"));
        Assert.That((reported.Count, System.IO.Directory.Exists(Directory)), Is.EqualTo((0, false)));
    }

    [TestCase(-10, -1, ChainValidationRule.CertificateExpired)]
    [TestCase(1, 10, ChainValidationRule.CertificateNotYetValid)]
    public async Task RetrieveAsync_ServerCertificateOutOfDate_RefusesWithItsRuleAndWritesNothing(int notBeforeDays, int notAfterDays, ChainValidationRule rule)
    {
        var now = DateTimeOffset.UtcNow;
        var certificate = TestCertificates.IssueHostCertificate(TestCertificates.HostSubject("localhost"), now.AddDays(notBeforeDays), now.AddDays(notAfterDays));
        await using var listener = TestListener.SilentTls(certificate);

        var exception = await Assert.ThrowsAsync<MyProxyValidationException>(() => new TrustRootRetrieval(transport).RetrieveAsync(
            [listener.Endpoint()], TransportSandbox.Options(), Directory, null, CancellationToken.None));

        Assert.That(exception!.Failures.Select(failure => failure.Rule), Is.EqualTo(new[] { rule }), exception.Message);
        Assert.That(System.IO.Directory.Exists(Directory), Is.False);
    }

    [Test]
    public async Task RetrieveAsync_SilentServer_TimesOutAndWritesNothing()
    {
        var certificate = TestCertificates.IssueHostCertificate(TestCertificates.HostSubject("localhost"), DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        await using var listener = TestListener.SilentTls(certificate);
        var options = TransportSandbox.Options() with { ReadTimeout = TimeSpan.FromSeconds(1) };

        await Assert.ThrowsAsync<MyProxyTimeoutException>(() => new TrustRootRetrieval(transport).RetrieveAsync(
            [listener.Endpoint()], options, Directory, null, CancellationToken.None));

        Assert.That(System.IO.Directory.Exists(Directory), Is.False);
    }
}
