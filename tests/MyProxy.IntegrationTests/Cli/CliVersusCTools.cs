using System.Globalization;
using MyProxy.IntegrationTests.CTools;
using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.Cli;

/// <summary>Runs the built <c>myproxy</c> and the C tools against the sandbox in one environment of the test's own.</summary>
internal sealed class CliVersusCTools : IDisposable
{
    public CliVersusCTools()
    {
        Home = Directory.CreateTempSubdirectory("myproxy-cli-").FullName;
        Environment = new Dictionary<string, string>(CToolEnvironment.For(Sandbox.Server, Home))
        {
            ["X509_USER_PROXY"] = Sandbox.Server.AliceProxyPath,
        };
    }

    public string Home { get; }

    public Dictionary<string, string> Environment { get; }

    public static SandboxServer Server => Sandbox.Server;

    public string Port => Server.Port.ToString(CultureInfo.InvariantCulture);

    public string File(string name) => Path.Combine(Home, name);

    /// <summary>A fresh account name, so that tests that store credentials do not meet.</summary>
    public static string NewUsername() => $"cli{Guid.NewGuid():N}"[..16];

    public Task<ToolResult> OursAsync(IEnumerable<string> arguments, string? standardInput = null) =>
        ExternalTool.RunAsync(MyProxyBinary.Path, arguments, Environment, standardInput);

    public Task<ToolResult> CToolAsync(string tool, IEnumerable<string> arguments, string? standardInput = null) =>
        ExternalTool.RunAsync(tool, arguments, Environment, standardInput);

    /// <summary>Stores a credential for <paramref name="username"/> with the C myproxy-init (alice's key, then the pass phrase).</summary>
    public async Task CInitAsync(string username, string passphrase)
    {
        var init = await CToolAsync("myproxy-init", ["-S", "-l", username, "-C", Server.Alice.CertificatePath, "-y", Server.Alice.KeyPath, "-c", "2", "-t", "1"],
            $"{Server.Alice.KeyPassphrase}\n{passphrase}\n");
        Assert.That(init.ExitCode, Is.Zero, init.Describe());
    }

    public void Dispose() => Directory.Delete(Home, recursive: true);
}
