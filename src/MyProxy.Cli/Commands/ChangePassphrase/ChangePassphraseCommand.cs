using System.CommandLine;
using MyProxy.Cli.Commands.Network;
using MyProxy.Client.Operations;

namespace MyProxy.Cli.Commands.ChangePassphrase;

/// <summary><c>myproxy change-passphrase</c>: myproxy-change-pass-phrase (with <c>-S</c>, the old then the new pass phrase, one line each).</summary>
internal static class ChangePassphraseCommand
{
    public const string Success = "Pass phrase changed.";

    public static Command Create(CliEnvironment environment)
    {
        var network = new NetworkOptions();
        var name = CToolOptions.CredentialName();
        var stdin = CToolOptions.StdinPass();
        var command = new Command("change-passphrase", "Change the pass phrase of a stored credential (myproxy-change-pass-phrase).") { name, stdin };
        network.AddTo(command);
        NetworkCommandRunner.SetAction(command, network, environment, null, async (run, cancellationToken) =>
        {
            var username = run.Username();
            var fromStdin = run.ParseResult.GetValue(stdin);
            var current = MyProxyPassphrase.Read(run.Environment, fromStdin, MyProxyPassphrase.CurrentPrompt);
            var replacement = MyProxyPassphrase.RequireMinimumLength(MyProxyPassphrase.ReadVerified(run.Environment, fromStdin, MyProxyPassphrase.NewPrompt));
            var request = new ChangePassphraseRequest { Username = username, CredentialName = run.ParseResult.GetValue(name), Passphrase = current, NewPassphrase = replacement };
            var result = await run.Client.ChangePassphraseAsync(request, cancellationToken).ConfigureAwait(false);
            if (run.Json)
            {
                NetworkCommandRunner.WriteJson(run.ParseResult, new NetworkResultDocument("change-passphrase", username, result.Endpoint.ToString(), Success));
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
