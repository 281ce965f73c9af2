using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.Crypto;

/// <summary>
/// Builds, once for every test under <c>MyProxy.IntegrationTests.Crypto</c>, a test CA with its trust directory, a user
/// certificate, proxies from the real grid-proxy-init in every format and type, and hand-made rule breakers (reference
/// C.6); records what grid-proxy-info, grid-cert-diagnostics and openssl verify say about each; deletes it all afterwards.
/// </summary>
[SetUpFixture]
public sealed class GridProxyVectors
{
    /// <summary>The pass phrase of the vector user's encrypted key.</summary>
    public const string PassPhrase = "vector-user-pass-phrase";

    /// <summary>The test CA's subject.</summary>
    public const string CaSubject = VectorAuthority.CaSubject;

    /// <summary>The vector user's (EEC) subject.</summary>
    public const string UserSubject = VectorAuthority.UserSubject;

    private static Catalog? _catalog;
    private string? _directory;

    /// <summary>Every vector that exists, grid-proxy-init ones first, in the order they were made.</summary>
    public static IReadOnlyList<ProxyVector> All => Current.Vectors;

    /// <summary>The vectors grid-proxy-init made.</summary>
    public static IReadOnlyList<ProxyVector> Generated => [.. All.Where(vector => vector.Origin == ProxyVectorOrigin.GridProxyInit)];

    /// <summary>The vectors made by hand with openssl.</summary>
    public static IReadOnlyList<ProxyVector> HandMade => [.. All.Where(vector => vector.Origin == ProxyVectorOrigin.HandMade)];

    /// <summary>What grid-proxy-init refused to make (for example a legacy independent proxy).</summary>
    public static IReadOnlyList<RefusedProxy> Refusals => Current.Refusals;

    /// <summary>The trust directory: <c>&lt;hash&gt;.0</c> and <c>&lt;hash&gt;.signing_policy</c> of the test CA.</summary>
    public static string TrustDirectory => Current.Authority.TrustDirectory;

    /// <summary>The test CA certificate (PEM).</summary>
    public static string CaCertificatePath => Current.Authority.CaCertificatePath;

    /// <summary>The subject hash openssl gives the test CA (the trust files' base name).</summary>
    public static string CaHash => Current.Authority.Hash;

    /// <summary>The vector user's certificate (PEM).</summary>
    public static string UserCertificatePath => Current.Authority.UserCertificatePath;

    /// <summary>The vector user's key, encrypted with <see cref="PassPhrase"/> (PEM).</summary>
    public static string UserKeyPath => Current.Authority.UserKeyPath;

    private static Catalog Current =>
        _catalog ?? throw new InvalidOperationException("The proxy vectors exist only for tests in namespace MyProxy.IntegrationTests.Crypto (or below).");

    /// <summary>The vector called <paramref name="name"/>.</summary>
    /// <param name="name">For example <c>rfc-limited</c>.</param>
    /// <returns>The vector.</returns>
    public static ProxyVector Named(string name) =>
        All.FirstOrDefault(vector => vector.Name == name) ?? throw new ArgumentException($"No proxy vector named {name}.", nameof(name));

    [OneTimeSetUp]
    public async Task BuildAsync()
    {
        if (ExternalTool.Find("grid-proxy-init") is null && !InContinuousIntegration)
        {
            Assert.Ignore("grid-proxy-init is not installed; run scripts/install-deps.sh to run the proxy-vector tests.");
        }

        _directory = Directory.CreateTempSubdirectory("myproxy-vectors-").FullName;
        var authority = await VectorAuthority.CreateAsync(_directory, PassPhrase);
        var factory = new VectorFactory(authority, _directory, PassPhrase);
        await VectorRecipes.BuildAsync(factory);
        _catalog = new Catalog(authority, factory.Vectors, factory.Refusals);
        await TestContext.Progress.WriteLineAsync(VectorTable.Format(_catalog.Vectors, _catalog.Refusals));
    }

    [OneTimeTearDown]
    public void Delete()
    {
        _catalog = null;
        if (_directory is not null)
        {
            Directory.Delete(_directory, recursive: true);
            _directory = null;
        }
    }

    private static bool InContinuousIntegration =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private sealed record Catalog(VectorAuthority Authority, IReadOnlyList<ProxyVector> Vectors, IReadOnlyList<RefusedProxy> Refusals);
}
