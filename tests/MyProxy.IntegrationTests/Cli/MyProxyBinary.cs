using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.Cli;

/// <summary>The built <c>myproxy</c> executable (src/MyProxy.Cli/bin/&lt;Configuration&gt;/net10.0/myproxy), run as a user would.</summary>
internal static class MyProxyBinary
{
    /// <summary>The configuration the tests were built in (Debug or Release), read from the test assembly's path.</summary>
    public static string Configuration =>
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar)).Parent?.Name ?? "Release";

    public static string Path => System.IO.Path.Combine(RepositoryRoot.OfTestAssembly(), "src", "MyProxy.Cli", "bin", Configuration, "net10.0", "myproxy");

    public static Task<ToolResult> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment) =>
        File.Exists(Path)
            ? ExternalTool.RunAsync(Path, arguments, environment)
            : throw new FileNotFoundException($"{Path} is missing; build src/MyProxy.Cli first.", Path);
}
