using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.Crypto.Cli;

/// <summary>
/// The built <c>myproxy</c> executable (<c>src/MyProxy.Cli/bin/&lt;Configuration&gt;/net10.0/myproxy</c>, built with
/// the tests since they reference the project), run as a user would run it, in an environment of the test's own.
/// </summary>
internal static class MyProxyBinary
{
    public static string Path
    {
        get
        {
            // The tests' own output folder names the configuration: tests/MyProxy.IntegrationTests/bin/<Configuration>/net10.0/.
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar)).Parent?.Name ?? "Release";
            var path = System.IO.Path.Combine(RepositoryRoot.OfTestAssembly(), "src", "MyProxy.Cli", "bin", configuration, "net10.0", "myproxy");
            return File.Exists(path)
                ? path
                : throw new FileNotFoundException($"{path} is missing; build src/MyProxy.Cli -c {configuration} first.", path);
        }
    }

    /// <summary>Runs <c>myproxy</c> with HOME and the X509 variables pointed into <paramref name="home"/>, away from the real user's.</summary>
    public static Task<ToolResult> RunAsync(IEnumerable<string> arguments, string home, string? standardInput = null) =>
        ExternalTool.RunAsync(Path, arguments, Environment(home), standardInput);

    public static IReadOnlyDictionary<string, string> Environment(string home) => new Dictionary<string, string>
    {
        ["HOME"] = home,
        ["X509_USER_PROXY"] = System.IO.Path.Combine(home, "no-default-proxy"),
        ["X509_USER_CERT"] = GridProxyVectors.UserCertificatePath,
        ["X509_USER_KEY"] = GridProxyVectors.UserKeyPath,
        ["X509_CERT_DIR"] = GridProxyVectors.TrustDirectory,
    };
}
