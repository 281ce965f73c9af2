using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using MyProxy.Cli.Commands.ChangePassphrase;
using MyProxy.Cli.Commands.Destroy;
using MyProxy.Cli.Commands.Info;
using MyProxy.Cli.Commands.Init;
using MyProxy.Cli.Commands.InstallAliases;
using MyProxy.Cli.Commands.Logon;
using MyProxy.Cli.Commands.Proxy;
using MyProxy.Cli.Commands.Retrieve;
using MyProxy.Cli.Commands.Store;

namespace MyProxy.Cli;

/// <summary>
/// Builds the <c>myproxy</c> command tree and runs it. Every subcommand reports failures through
/// <see cref="ErrorReporter"/>, so the user sees one line and an exit code, never a stack trace
/// unless <c>--debug</c> was given.
/// </summary>
internal static class MyProxyCommandLine
{
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, output, error, CliEnvironment.Default, cancellationToken);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        var root = Build(environment);
        var parseResult = root.Parse(GridToolSpellings.Rewrite(args));
        // Exceptions reach ErrorReporter, not System.CommandLine's handler, which would print a stack trace.
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            var exitCode = await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
            return parseResult.Errors.Count > 0 ? ExitCodes.UsageError : exitCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("myproxy: cancelled.").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
#pragma warning disable CA1031 // The one place every failure is turned into a message and an exit code.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return ErrorReporter.Report(exception, error, parseResult.GetValue(GlobalOptions.Debug));
        }
    }

    public static RootCommand Build() => Build(CliEnvironment.Default);

    public static RootCommand Build(CliEnvironment environment)
    {
        var root = new RootCommand(
            "myproxy: log on to a MyProxy server for short-lived X.509 proxy certificates, and manage the credentials stored there.");
        foreach (var option in root.Options)
        {
            if (option is VersionOption versionOption)
            {
                versionOption.Action = new PrintVersionAction();
            }
        }

        root.Add(GlobalOptions.Debug);
        root.Add(ProxyCommand.Create(environment));
        root.Add(LogonCommand.Create(environment));
        root.Add(InitCommand.Create(environment));
        root.Add(StoreCommand.Create(environment));
        root.Add(RetrieveCommand.Create(environment));
        root.Add(InfoCommand.Create(environment));
        root.Add(DestroyCommand.Create(environment));
        root.Add(ChangePassphraseCommand.Create(environment));
        root.Add(InstallAliasesCommand.Create(() => Environment.ProcessPath));
        root.Add(Commands.GetTrustRoots.GetTrustRootsCommand.Create());
        return root;
    }

    /// <summary>The version line: our version, and the protocol version we speak, as the C tools print it.</summary>
    internal static string VersionLine
    {
        get
        {
            var assembly = typeof(MyProxyCommandLine).Assembly;
            var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? assembly.GetName().Version?.ToString()
                ?? "unknown";
            var plus = version.IndexOf('+', StringComparison.Ordinal);
            if (plus >= 0)
            {
                version = version[..plus];
            }

            return $"myproxy version {version} (protocol MYPROXYv2; .NET {Environment.Version})";
        }
    }

    private sealed class PrintVersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(VersionLine);
            return ExitCodes.Success;
        }
    }
}
