using System.Text.Json;
using MyProxy.Cli.Commands.GetTrustRoots;
using MyProxy.Transport;
using MyProxy.Transport.Trust;

namespace MyProxy.Cli.Tests.Commands.GetTrustRoots;

public sealed class GetTrustRootsRunnerTests
{
    private static readonly BootstrapTrustAnchor Anchor = new("/DC=org/CN=Test CA", "AB:CD", new byte[] { 1 }, "/DC=org/CN=host/h.example.org");

    private static TrustRootRetrievalResult Result(BootstrapTrustAnchor? anchor) => new(
        new MyProxyEndpoint("h.example.org", 7512),
        new TrustRootInstallResult("/home/u/.globus/certificates", ["/home/u/.globus/certificates/1a2b3c4d.0", "/home/u/.globus/certificates/1a2b3c4d.signing_policy"]),
        anchor);

    [TestCase("/tmp/certs")]
    [TestCase("/tmp/certs/")]
    public void InstalledLine_WithOrWithoutTrailingSlash_IsTheCToolsLine(string directory)
    {
        Assert.That(GetTrustRootsRunner.InstalledLine(directory), Is.EqualTo("Trust roots have been installed in /tmp/certs/."));
    }

    [Test]
    public void BootstrapLines_Anchor_NameTheServerTheCAAndItsFingerprint()
    {
        Assert.That(GetTrustRootsRunner.BootstrapLines(Anchor), Is.EqualTo(new[]
        {
            "Bootstrapping MyProxy server root of trust.",
            "New trusted MyProxy server: /DC=org/CN=host/h.example.org",
            "New trusted CA: /DC=org/CN=Test CA",
            "  SHA-256 fingerprint: AB:CD",
        }));
    }

    [Test]
    public void Json_AfterBootstrap_HasDirectoryInstalledAndTheCA()
    {
        using var document = JsonDocument.Parse(GetTrustRootsRunner.Json(Result(Anchor)));
        var root = document.RootElement;

        Assert.That(root.GetProperty("directory").GetString(), Is.EqualTo("/home/u/.globus/certificates"));
        Assert.That(root.GetProperty("installed").EnumerateArray().Select(item => item.GetString()), Has.Exactly(2).Items);
        Assert.That(root.GetProperty("bootstrappedCa").GetProperty("subject").GetString(), Is.EqualTo("/DC=org/CN=Test CA"));
        Assert.That(root.GetProperty("bootstrappedCa").GetProperty("sha256").GetString(), Is.EqualTo("AB:CD"));
    }

    [Test]
    public void Json_WithoutBootstrap_HasANullCA()
    {
        using var document = JsonDocument.Parse(GetTrustRootsRunner.Json(Result(null)));

        Assert.That(document.RootElement.GetProperty("bootstrappedCa").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task RunAsync_NoServerAnywhere_ThrowsTheCToolsAdvice()
    {
        var runner = new GetTrustRootsRunner(_ => null, isRoot: false);

        var exception = await Assert.ThrowsAsync<MyProxyTransportException>(() => runner.RunAsync(new GetTrustRootsSettings(), TextWriter.Null, TextWriter.Null, CancellationToken.None));

        Assert.That(exception!.Message, Does.Contain("-s HOST").And.Contain("MYPROXY_SERVER"));
    }

    [Test]
    public async Task RunAsync_MalformedPortVariable_ThrowsAMyProxyExceptionNamingIt()
    {
        var environment = new Dictionary<string, string> { ["MYPROXY_SERVER"] = "h.example.org", ["MYPROXY_SERVER_PORT"] = "abc", ["X509_CERT_DIR"] = "/nonexistent" };
        var runner = new GetTrustRootsRunner(name => environment.GetValueOrDefault(name), isRoot: false);

        var exception = await Assert.ThrowsAsync<MyProxyException>(() => runner.RunAsync(new GetTrustRootsSettings(), TextWriter.Null, TextWriter.Null, CancellationToken.None));

        Assert.That(exception!.Message, Does.Contain("MYPROXY_SERVER_PORT is 'abc'"));
    }

    [Test]
    public async Task RunAsync_NoInstallDirectory_ThrowsSayingWhatToSet()
    {
        var runner = new GetTrustRootsRunner(name => name == "MYPROXY_SERVER" ? "h.example.org" : null, isRoot: false);

        var exception = await Assert.ThrowsAsync<MyProxyTrustRootException>(() => runner.RunAsync(new GetTrustRootsSettings(), TextWriter.Null, TextWriter.Null, CancellationToken.None));

        Assert.That(exception!.Message, Does.Contain("X509_CERT_DIR"));
    }
}
