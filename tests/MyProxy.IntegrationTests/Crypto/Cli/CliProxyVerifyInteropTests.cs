namespace MyProxy.IntegrationTests.Crypto.Cli;

/// <summary>
/// <c>myproxy proxy verify</c>, the built binary, against the verdict GCT (<c>grid-cert-diagnostics -c</c>) gave every
/// vector, generated and hand-made. Where we differ on purpose, <see cref="DeliberateDifferences"/> says so and why.
/// </summary>
public sealed class CliProxyVerifyInteropTests
{
    /// <summary>Vectors on which our verdict is deliberately not GCT's, with ours.</summary>
    /// <remarks>
    /// legacy, legacy-limited: GCT 6.2 on OpenSSL 3 fails a legacy proxy whose end-entity certificate lacks
    /// keyCertSign (reference D.3), which no IGTF user certificate has; legacy proxies are still read and accepted.
    /// handmade-limited-to-independent: nothing but a limited proxy may follow a limited one (canl-java's rule, the
    /// validator's default); <c>--allow-independent-below-limited</c> gives GCT's verdict.
    /// </remarks>
    private static readonly Dictionary<string, bool> DeliberateDifferences = new(StringComparer.Ordinal)
    {
        ["legacy"] = true,
        ["legacy-limited"] = true,
        ["handmade-limited-to-independent"] = false,
    };

    private string _home = null!;

    [OneTimeSetUp]
    public void CreateHome() => _home = Directory.CreateTempSubdirectory("myproxy-cli-verify-").FullName;

    [OneTimeTearDown]
    public void DeleteHome() => Directory.Delete(_home, recursive: true);

    [Test]
    public async Task Verify_EveryVector_AgreesWithGctExceptTheDeliberateDifferences()
    {
        Assert.That(GridProxyVectors.All, Is.Not.Empty);
        foreach (var vector in GridProxyVectors.All)
        {
            var expected = DeliberateDifferences.TryGetValue(vector.Name, out var ours) ? ours : vector.Gct.Accepted;

            var result = await VerifyAsync(vector);

            Assert.That(result.ExitCode, Is.EqualTo(expected ? 0 : 1), $"{vector.Name} (GCT: {vector.Gct.Detail}): {result.Describe()}");
        }
    }

    [Test]
    public void DeliberateDifferences_AreStillDifferencesFromGct()
    {
        foreach (var (name, ours) in DeliberateDifferences)
        {
            Assert.That(GridProxyVectors.Named(name).Gct.Accepted, Is.Not.EqualTo(ours), name);
        }
    }

    [Test]
    public async Task Verify_GlobusLimitedRule_GivesGctsVerdictOnIndependentBelowLimited()
    {
        var vector = GridProxyVectors.Named("handmade-limited-to-independent");

        var result = await VerifyAsync(vector, "--allow-independent-below-limited");

        Assert.That(result.ExitCode == 0, Is.EqualTo(vector.Gct.Accepted), result.Describe());
    }

    [Test]
    public async Task Verify_EveryRefusal_IsOneLineNamingTheCertificateAndTheRule()
    {
        foreach (var vector in GridProxyVectors.All)
        {
            var result = await VerifyAsync(vector);
            if (result.ExitCode == 0)
            {
                continue;
            }

            Assert.That(result.StandardError.TrimEnd().Split('\n'), Has.Length.EqualTo(1), vector.Name);
            Assert.That(result.StandardError, Does.Match(@"is not valid: certificate \d+ \(/.*\): .* \[\w+\]\s*$"), vector.Name);
        }
    }

    private Task<Fixture.ToolResult> VerifyAsync(ProxyVector vector, params string[] options) =>
        MyProxyBinary.RunAsync(["proxy", "verify", "-f", vector.Path, "--ca-dir", GridProxyVectors.TrustDirectory, .. options], _home);
}
