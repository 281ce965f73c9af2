using System.Globalization;
using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.Samples;

/// <summary>A built sample (<c>samples/&lt;name&gt;/bin/&lt;Configuration&gt;/net10.0/&lt;name&gt;</c>) run against the sandbox, configured only by environment variables.</summary>
internal static class SampleBinary
{
    public const string WorkerHost = "MyProxy.Samples.WorkerHost";
    public const string Fips = "MyProxy.Samples.Fips";
    public const string Delegation = "MyProxy.Samples.Delegation";

    /// <summary>The configuration the tests were built in (Debug or Release), read from the test assembly's path.</summary>
    private static string Configuration =>
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Name ?? "Release";

    public static string PathOf(string name) =>
        Path.Combine(RepositoryRoot.OfTestAssembly(), "samples", name, "bin", Configuration, "net10.0", name);

    /// <summary>Runs <paramref name="name"/> with <c>MyProxy__*</c> variables for alice's credential, writing <paramref name="outputPath"/>.</summary>
    public static Task<ToolResult> RunAsync(string name, string home, string outputPath, string passphrase, params string[] arguments)
    {
        var environment = AliceLogon(home, passphrase);
        environment["MyProxy__OutputPath"] = outputPath;
        return RunAsync(name, environment, ExternalTool.DefaultTimeout, arguments);
    }

    /// <summary>Runs <paramref name="name"/> with exactly these settings (on top of the test process's environment).</summary>
    public static Task<ToolResult> RunAsync(string name, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] arguments)
    {
        var path = PathOf(name);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path} is missing; build samples/{name} -c {Configuration} first.", path);
        }

        return ExternalTool.RunAsync(path, arguments, environment, timeout: timeout);
    }

    /// <summary>The <c>MyProxy__*</c> settings for a logon as alice with <paramref name="passphrase"/>, HOME and the trust directory in the sandbox.</summary>
    public static Dictionary<string, string> AliceLogon(string home, string passphrase)
    {
        var server = Sandbox.Server;
        return new Dictionary<string, string>
        {
            ["HOME"] = home,
            ["X509_USER_PROXY"] = Path.Combine(home, "no-default-proxy"),
            ["X509_CERT_DIR"] = server.CertificateDirectory,
            ["MyProxy__Host"] = server.Host,
            ["MyProxy__Port"] = server.Port.ToString(CultureInfo.InvariantCulture),
            ["MyProxy__CACertDir"] = server.CertificateDirectory,
            ["MyProxy__Username"] = server.AliceCredential.Username,
            ["MyProxy__Passphrase"] = passphrase,
            ["MyProxy__Timeout"] = "00:00:20",
        };
    }

    /// <summary>What <c>grid-proxy-info -file F -e</c> says about a proxy file (exit 0: a valid proxy).</summary>
    public static Task<ToolResult> GridProxyInfoAsync(string proxyPath) =>
        ExternalTool.RunAsync(
            "grid-proxy-info",
            ["-file", proxyPath, "-e"],
            new Dictionary<string, string> { ["X509_CERT_DIR"] = Sandbox.Server.CertificateDirectory });

    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
