using System.CommandLine;

namespace MyProxy.Cli.Commands.Proxy;

/// <summary><c>myproxy proxy</c>: local proxy certificates, the grid-proxy-* tools.</summary>
internal static class ProxyCommand
{
    /// <summary>Makes the command and its subcommands.</summary>
    public static Command Create(CliEnvironment environment) =>
        new("proxy", "Make, inspect, verify and destroy local proxy certificates (grid-proxy-init, -info, -destroy).")
        {
            ProxyInitCommand.Create(environment),
            ProxyInfoCommand.Create(environment),
            ProxyVerifyCommand.Create(environment),
            ProxyDestroyCommand.Create(environment),
        };
}
