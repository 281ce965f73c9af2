using MyProxy.IntegrationTests.CTools;
using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.Client;

/// <summary>Runs a C MyProxy tool against the sandbox from a test's HOME, optionally authenticating with alice's proxy.</summary>
internal static class CTools
{
    public static Task<ToolResult> RunAsync(string tool, IReadOnlyList<string> arguments, string home, string? standardInput = null, bool withAliceProxy = false)
    {
        var environment = new Dictionary<string, string>(CToolEnvironment.For(Sandbox.Server, home));
        if (withAliceProxy)
        {
            environment["X509_USER_PROXY"] = Sandbox.Server.AliceProxyPath;
        }

        return ExternalTool.RunAsync(tool, arguments, environment, standardInput);
    }

    /// <summary><c>myproxy-logon</c> into <c>HOME/out.pem</c>; returns the result and the path.</summary>
    public static async Task<(ToolResult Result, string Path)> LogonAsync(string home, string username, string passphrase, string? credentialName = null)
    {
        var path = System.IO.Path.Combine(home, $"logon-{Guid.NewGuid():N}.pem");
        List<string> arguments = ["-l", username, "-S", "-t", "1", "-o", path];
        if (credentialName is not null)
        {
            arguments.AddRange(["-k", credentialName]);
        }

        return (await RunAsync("myproxy-logon", arguments, home, passphrase + "\n"), path);
    }
}
