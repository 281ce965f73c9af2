using System.CommandLine;
using MyProxy.Cli.Commands.Network;
using MyProxy.Client.Operations;

namespace MyProxy.Cli.Commands.Destroy;

/// <summary><c>myproxy destroy</c>: myproxy-destroy.</summary>
internal static class DestroyCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var network = new NetworkOptions();
        var name = CToolOptions.CredentialName();
        var command = new Command("destroy", "Remove a credential stored on a myproxy-server (myproxy-destroy).") { name };
        network.AddTo(command);
        NetworkCommandRunner.SetAction(command, network, environment, null, async (run, cancellationToken) =>
        {
            var username = run.Username();
            var credentialName = run.ParseResult.GetValue(name);
            var result = await run.Client.DestroyAsync(new DestroyRequest { Username = username, CredentialName = credentialName }, cancellationToken).ConfigureAwait(false);
            var message = Message(username, credentialName);
            if (run.Json)
            {
                NetworkCommandRunner.WriteJson(run.ParseResult, new NetworkResultDocument("destroy", username, result.Endpoint.ToString(), message));
            }
            else
            {
                await run.Output.WriteLineAsync(message).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>myproxy-destroy's success line.</summary>
    public static string Message(string username, string? credentialName) => credentialName is null
        ? $"Default MyProxy credential for user {username} was successfully removed."
        : $"MyProxy credential '{credentialName}' for user {username} was successfully removed.";
}
