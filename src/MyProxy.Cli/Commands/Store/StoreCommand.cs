using System.CommandLine;
using MyProxy.Cli.Commands.Network;
using MyProxy.Client.Operations;
using MyProxy.Crypto.Credentials;

namespace MyProxy.Cli.Commands.Store;

/// <summary><c>myproxy store</c>: myproxy-store. Uploads the end-entity certificate and key as they are (an encrypted key stays encrypted).</summary>
internal static class StoreCommand
{
    public const string Success = "Credentials saved to myproxy server.";

    public static Command Create(CliEnvironment environment)
    {
        var network = new NetworkOptions();
        var policies = new PolicyOptions(withKeyRetrievers: true);
        var certificate = CToolOptions.CertFile("-c");
        var key = CToolOptions.KeyFile();
        var lifetime = CToolOptions.ProxyLifetime("Lifetime of proxies delegated by the server (default 12 hours).");
        var name = CToolOptions.CredentialName();
        var command = new Command("store", "Store an end-entity credential on a myproxy-server (myproxy-store).") { certificate, key, lifetime, name };
        policies.AddTo(command);
        network.AddTo(command);
        NetworkCommandRunner.SetAction(command, network, environment, null, async (run, cancellationToken) =>
        {
            var parse = run.ParseResult;
            var username = run.Username();
            var certificatePath = parse.GetValue(certificate) ?? ProxyFileLocation.UserCertificatePath(run.Environment.Variables);
            var keyPath = parse.GetValue(key) ?? ProxyFileLocation.UserKeyPath(run.Environment.Variables);
            var request = StoreRequest.FromFiles(username, certificatePath, keyPath) with
            {
                CredentialName = parse.GetValue(name),
                MaxRetrievalLifetime = parse.GetValue(lifetime) is { } hours ? TimeSpan.FromHours(hours) : null,
                Policies = policies.From(parse),
            };
            var result = await run.Client.StoreAsync(request, cancellationToken).ConfigureAwait(false);
            if (run.Json)
            {
                NetworkCommandRunner.WriteJson(parse, new NetworkResultDocument("store", username, result.Endpoint.ToString(), Success));
            }
            else
            {
                await run.Output.WriteLineAsync(Success).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
