using System.CommandLine;
using MyProxy.Cli.Commands.Network;
using MyProxy.Client.Operations;

namespace MyProxy.Cli.Commands.Info;

/// <summary><c>myproxy info</c>: myproxy-info, with its layout.</summary>
internal static class InfoCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var network = new NetworkOptions();
        var name = CToolOptions.CredentialName();
        var command = new Command("info", "Show the credentials stored for a user (myproxy-info).") { name };
        network.AddTo(command);
        NetworkCommandRunner.SetAction(command, network, environment, null, async (run, cancellationToken) =>
        {
            var username = run.Username();
            var result = await run.Client.InfoAsync(new InfoRequest { Username = username, CredentialName = run.ParseResult.GetValue(name) }, cancellationToken)
                .ConfigureAwait(false);
            var now = run.Environment.UtcNowInWholeSeconds();
            if (run.Json)
            {
                NetworkCommandRunner.WriteJson(run.ParseResult, new NetworkResultDocument(
                    "info", username, result.Endpoint.ToString(), $"{result.Credentials.Count} credentials", Credentials: InfoLayout.Documents(result.Credentials, now)));
            }
            else
            {
                await run.Output.WriteAsync(InfoLayout.Format(username, result.Credentials, now)).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
