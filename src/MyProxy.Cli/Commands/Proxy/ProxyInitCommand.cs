using System.CommandLine;

namespace MyProxy.Cli.Commands.Proxy;

/// <summary>
/// <c>myproxy proxy init</c>: grid-proxy-init. Reads the user certificate and key, asks for the key's pass phrase
/// when it is encrypted, and writes a new proxy.
/// </summary>
internal static class ProxyInitCommand
{
    /// <summary>Makes the command; its action runs <see cref="ProxyInitRunner"/>.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var options = new ProxyInitOptions();
        var command = new Command("init", "Make a proxy certificate from your user certificate and key (grid-proxy-init).");
        options.AddTo(command);
        command.Validators.Add(options.Validate);
        command.SetAction(parseResult =>
        {
            var request = new ProxyInitRequest(
                parseResult.GetValue(options.Certificate),
                parseResult.GetValue(options.Key),
                parseResult.GetValue(options.Output),
                options.ProxyOptionsOf(parseResult),
                parseResult.GetValue(options.StandardInputPassphrase),
                parseResult.GetValue(options.Quiet),
                ProxyCommandOptions.Provider(parseResult.GetValue(options.Crypto)));
            return new ProxyInitRunner(environment, parseResult.InvocationConfiguration.Output, request).Run();
        });
        return command;
    }
}
