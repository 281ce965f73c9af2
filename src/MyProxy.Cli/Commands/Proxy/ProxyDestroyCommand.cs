using System.CommandLine;
using MyProxy.Crypto.Credentials;

namespace MyProxy.Cli.Commands.Proxy;

/// <summary>
/// <c>myproxy proxy destroy</c>: grid-proxy-destroy. Overwrites the proxy file with zeros and deletes it. As with
/// grid-proxy-destroy, a missing file named with <c>-f</c> is not an error, but a missing default proxy is.
/// </summary>
internal static class ProxyDestroyCommand
{
    /// <summary>Makes the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var file = ProxyCommandOptions.ProxyFile();
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would be destroyed, and destroy nothing." };
        var crypto = ProxyCommandOptions.Crypto();
        var command = new Command("destroy", "Destroy a proxy file: overwrite it with zeros, then delete it (grid-proxy-destroy).")
        {
            file, dryRun, crypto,
        };
        command.SetAction(parseResult =>
        {
            var explicitPath = parseResult.GetValue(file);
            var path = explicitPath ?? ProxyFileLocation.DefaultProxyPath(environment.Variables);
            if (parseResult.GetValue(dryRun))
            {
                parseResult.InvocationConfiguration.Output.WriteLine($"Would remove {path}");
                return ExitCodes.Success;
            }

            var destroyed = CredentialFile.Destroy(path);
            return destroyed || explicitPath is not null
                ? ExitCodes.Success
                : throw new MyProxyException($"there is no proxy to destroy at {path}; name the file with -f.");
        });
        return command;
    }
}
