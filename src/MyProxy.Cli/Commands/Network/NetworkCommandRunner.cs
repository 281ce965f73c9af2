using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MyProxy.Client;
using MyProxy.Client.Configuration;
using MyProxy.Client.DependencyInjection;

namespace MyProxy.Cli.Commands.Network;

/// <summary>
/// Runs a network command: builds the <see cref="MyProxyClient"/> through <c>AddMyProxyClient</c> with the
/// environment and the command line, and reports a refusal as the C tools do (an optional first line, then
/// <c>ERROR from myproxy-server:</c> and the server's lines), or as JSON with <c>--json</c>.
/// </summary>
internal static class NetworkCommandRunner
{
    public const string ServerErrorHeading = "ERROR from myproxy-server:";

    /// <summary>Sets <paramref name="command"/>'s action.</summary>
    /// <param name="command">The command.</param>
    /// <param name="options">Its network options.</param>
    /// <param name="environment">The process environment (or a test's).</param>
    /// <param name="refusalLine">What the C tool prints before the server's errors (logon: <c>Failed to receive credentials.</c>), or null.</param>
    /// <param name="body">The command: returns its exit code.</param>
    public static void SetAction(Command command, NetworkOptions options, CliEnvironment environment, string? refusalLine, Func<NetworkInvocation, CancellationToken, Task<int>> body) =>
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var json = parseResult.GetValue(options.Json);
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                RequireServer(parseResult, options, environment);
                using var services = Build(parseResult, options, environment);
                MyProxyClient client;
                try
                {
                    client = services.GetRequiredService<MyProxyClient>();
                    _ = services.GetRequiredService<IOptions<MyProxyClientOptions>>().Value;
                }
                catch (OptionsValidationException exception)
                {
                    throw new MyProxyException(string.Join(" ", exception.Failures));
                }

                var invocation = new NetworkInvocation(parseResult, options, environment, client, services.GetRequiredService<IOptions<MyProxyClientOptions>>().Value);
                return await body(invocation, cancellationToken).ConfigureAwait(false);
            }
            catch (MyProxyServerException exception)
            {
                if (json)
                {
                    WriteJsonError(parseResult, exception);
                    return ExitCodes.Failure;
                }

                if (refusalLine is not null)
                {
                    await error.WriteLineAsync(refusalLine).ConfigureAwait(false);
                }

                await error.WriteLineAsync(ServerErrorHeading).ConfigureAwait(false);
                // Capped and cleaned: a misbehaving server must not flood or drive the terminal.
                foreach (var line in ShownServerLines(exception.ServerErrors))
                {
                    await error.WriteLineAsync(line).ConfigureAwait(false);
                }

                return ExitCodes.Failure;
            }
            catch (CToolMessageException exception)
            {
                if (json)
                {
                    WriteJsonError(parseResult, exception);
                }
                else
                {
                    await error.WriteLineAsync(exception.Message).ConfigureAwait(false);
                }

                return ExitCodes.Failure;
            }
            catch (MyProxyException exception) when (json)
            {
                WriteJsonError(parseResult, exception);
                return ExitCodes.Failure;
            }
        });

    /// <summary>Writes a JSON document to standard output.</summary>
    public static void WriteJson(ParseResult parseResult, NetworkResultDocument document) =>
        parseResult.InvocationConfiguration.Output.WriteLine(JsonSerializer.Serialize(document, NetworkJsonContext.Default.NetworkResultDocument));

    /// <summary>
    /// The server's lines as the C tools show them, when there are few (a real server sends one or two); more than
    /// <see cref="ServerText.MaxLines"/> is a flood, shown as one summary line so the whole report stays three lines.
    /// </summary>
    internal static IReadOnlyList<string> ShownServerLines(IReadOnlyList<string> serverErrors) =>
        serverErrors.Count <= ServerText.MaxLines
            ? ServerText.Lines(serverErrors)
            : [$"{ServerText.Summary(serverErrors)} [{serverErrors.Count} lines from the server in all; the rest not shown]"];

    private static void WriteJsonError(ParseResult parseResult, MyProxyException exception)
    {
        var document = new NetworkErrorDocument(
            ErrorReporter.Shorten(exception.Message),
            exception.Phase.ToString(),
            exception is MyProxyServerException server ? ServerText.Lines(server.ServerErrors) : []);
        parseResult.InvocationConfiguration.Output.WriteLine(JsonSerializer.Serialize(document, NetworkJsonContext.Default.NetworkErrorDocument));
    }

    /// <summary>The C tools' message when neither <c>-s</c> nor <c>MYPROXY_SERVER</c> names a server.</summary>
    private static void RequireServer(ParseResult parseResult, NetworkOptions options, CliEnvironment environment)
    {
        if (string.IsNullOrWhiteSpace(parseResult.GetValue(options.Host)) && string.IsNullOrWhiteSpace(environment.Variables("MYPROXY_SERVER")))
        {
            throw new CToolMessageException("Unspecified myproxy-server. Please set the MYPROXY_SERVER environment variable" + "\n"
                + "or set the myproxy-server hostname via the -s flag.");
        }
    }

    private static ServiceProvider Build(ParseResult parseResult, NetworkOptions options, CliEnvironment environment)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IEnvironmentReader>(new VariablesEnvironmentReader(environment.Variables));
        services.AddSingleton(environment.Time);
        if (parseResult.GetValue(options.Verbose))
        {
            // The container owns and disposes the factory.
            services.AddSingleton<ILoggerFactory>(_ => new VerboseLoggerFactory(parseResult.InvocationConfiguration.Error));
        }
        else
        {
            services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        }

        services.AddMyProxyClient(clientOptions => options.Apply(parseResult, clientOptions));
        return services.BuildServiceProvider();
    }
}
