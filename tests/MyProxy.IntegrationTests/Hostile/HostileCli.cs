using System.Globalization;
using MyProxy.IntegrationTests.Cli;
using MyProxy.IntegrationTests.Client;
using MyProxy.IntegrationTests.CTools;
using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.Hostile;

/// <summary>
/// The built <c>myproxy</c> pointed at a <see cref="HostileServer"/> with <c>--timeout</c>, a trust directory of
/// its own, an output file that already holds something, and a GC heap capped at 32 MiB (a client that buffered a
/// flood would die of it).
/// </summary>
internal sealed class HostileCli : IDisposable
{
    public const int TimeoutSeconds = 3;

    public const string HeapLimit = "0x2000000";

    public const string Precious = "an existing proxy file that must not change\n";

    /// <summary>GNU time, which scripts/install-deps.sh installs: it reports a child's peak RSS.</summary>
    public const string GnuTime = "/usr/bin/time";

    public HostileCli(int port)
    {
        Home = Directory.CreateTempSubdirectory("myproxy-hostile-cli-").FullName;
        TrustDirectory = ClientSandbox.CopyOfTrustDirectory(Home);
        OutputDirectory = Directory.CreateDirectory(Path.Combine(Home, "out")).FullName;
        ExistingProxy = Path.Combine(OutputDirectory, "proxy.pem");
        File.WriteAllText(ExistingProxy, Precious);
        Environment = new Dictionary<string, string>(CToolEnvironment.For(Sandbox.Server, Home))
        {
            ["MYPROXY_SERVER"] = "localhost",
            ["MYPROXY_SERVER_PORT"] = port.ToString(CultureInfo.InvariantCulture),
            ["X509_CERT_DIR"] = TrustDirectory,
            ["X509_USER_PROXY"] = Sandbox.Server.AliceProxyPath,
            ["DOTNET_GCHeapHardLimit"] = HeapLimit,
        };
    }

    public string Home { get; }

    public string TrustDirectory { get; }

    public string OutputDirectory { get; }

    public string ExistingProxy { get; }

    public Dictionary<string, string> Environment { get; }

    public Task<ToolResult> RunAsync(HostileCommand command, params string[] extra)
    {
        var (arguments, input) = Arguments(command, extra);
        return ExternalTool.RunAsync(MyProxyBinary.Path, arguments, Environment, input, TimeSpan.FromSeconds(TimeoutSeconds) + HostileClient.Grace);
    }

    /// <summary>
    /// Runs <paramref name="command"/> under GNU time without the heap cap, so the process may grow as it likes,
    /// and returns its result with its peak resident set size.
    /// </summary>
    public async Task<(ToolResult Result, long PeakKiB)> RunMeasuredAsync(HostileCommand command)
    {
        var (arguments, input) = Arguments(command, []);
        var report = Path.Combine(Home, "peak-rss");
        var environment = new Dictionary<string, string>(Environment);
        environment.Remove("DOTNET_GCHeapHardLimit");
        var result = await ExternalTool.RunAsync(
            GnuTime, ["-f", "%M", "-o", report, MyProxyBinary.Path, .. arguments], environment, input, TimeSpan.FromSeconds(TimeoutSeconds) + HostileClient.Grace);
        var peak = long.Parse((await File.ReadAllLinesAsync(report)).Last(line => line.Length > 0), CultureInfo.InvariantCulture);
        File.Delete(report);
        return (result, peak);
    }

    private (string[] Arguments, string? Input) Arguments(HostileCommand command, string[] extra)
    {
        var server = Sandbox.Server;
        var (arguments, input) = command switch
        {
            HostileCommand.Get => (new[] { "logon", "-S", "-T", "-l", "alice", "-t", "1", "--key-type", "ec", "--bits", "256", "-o", ExistingProxy }, server.AliceCredential.Passphrase + "\n"),
            HostileCommand.Put => (["init", "-S", "-l", "alice", "-C", server.Alice.CertificatePath, "-y", server.Alice.KeyPath, "-c", "2", "-t", "1"], $"{server.Alice.KeyPassphrase}\nhostile-passphrase-1\n"),
            HostileCommand.Store => (["store", "-l", "alice", "-c", server.Alice.CertificatePath, "-y", server.Alice.KeyPath], null),
            HostileCommand.Retrieve => (["retrieve", "-S", "-T", "-l", "alice", "-c", Path.Combine(OutputDirectory, "cert.pem"), "-y", Path.Combine(OutputDirectory, "key.pem")], server.Alice.KeyPassphrase + "\n"),
            HostileCommand.Info => (["info", "-l", "alice"], null),
            HostileCommand.GetTrustRoots => (["get-trustroots"], (string?)null),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command, null),
        };
        return ([.. arguments, "--timeout", TimeoutSeconds.ToString(CultureInfo.InvariantCulture), .. extra], input);
    }

    public void Dispose() => Directory.Delete(Home, recursive: true);
}
