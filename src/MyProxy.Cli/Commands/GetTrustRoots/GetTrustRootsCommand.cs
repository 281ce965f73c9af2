using System.CommandLine;
using System.CommandLine.Parsing;
using MyProxy.Crypto;

namespace MyProxy.Cli.Commands.GetTrustRoots;

/// <summary>
/// <c>myproxy get-trustroots</c>: the options of <c>myproxy-get-trustroots</c> (<c>-b</c>, <c>-q</c>, <c>-s</c>,
/// <c>-p</c>, <c>-v</c>) plus <c>--transport</c>, <c>--crypto</c>, <c>--timeout</c> and <c>--json</c>.
/// </summary>
internal static class GetTrustRootsCommand
{
    public const string Name = "get-trustroots";

    public static Option<bool> Bootstrap { get; } = new("--bootstrap", "-b")
    {
        Description = "Bootstrap trust in the myproxy-server: trust the CA that issued its certificate (its subject and SHA-256 fingerprint are printed).",
    };

    public static Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Only output on error (a bootstrap is still reported)." };

    public static Option<string?> Server { get; } = new("--pshost", "-s")
    {
        Description = "Hostname of the myproxy-server, or a list h1[:p1],h2[:p2] tried in order (default: MYPROXY_SERVER).",
        HelpName = "hostname",
    };

    public static Option<int?> Port { get; } = CreatePort();

    public static Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Display debugging messages." };

    public static Option<string> Transport { get; } = CreateChoice("--transport", "auto", "The TLS implementation (auto: as every network command; SslStream for this anonymous connection).", "auto", "sslstream", "bouncycastle");

    public static Option<string> Crypto { get; } = CreateChoice("--crypto", "system", "The crypto backend that verifies certificates.", "system", "bouncycastle");

    public static Option<int?> Timeout { get; } = CreateTimeout();

    public static Option<bool> Json { get; } = new("--json") { Description = "Print what was installed as JSON on standard output." };

    /// <summary>The command; <paramref name="environment"/> replaces the process environment (tests).</summary>
    public static Command Create(Func<string, string?>? environment = null, bool? isRoot = null)
    {
        var command = new Command(Name, "Retrieve the myproxy-server's trust roots (CA certificates and signing policies) and install them in the trust directory.")
        {
            Bootstrap, Quiet, Server, Port, Verbose, Transport, Crypto, Timeout, Json,
        };
        var runner = new GetTrustRootsRunner(environment ?? Environment.GetEnvironmentVariable, isRoot ?? Environment.IsPrivilegedProcess);
        command.SetAction((parseResult, cancellationToken) => runner.RunAsync(
            Settings(parseResult), parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    /// <summary>What the command line asked for.</summary>
    public static GetTrustRootsSettings Settings(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return new GetTrustRootsSettings
        {
            Bootstrap = parseResult.GetValue(Bootstrap),
            Quiet = parseResult.GetValue(Quiet),
            Verbose = parseResult.GetValue(Verbose),
            Servers = parseResult.GetValue(Server),
            Port = parseResult.GetValue(Port),
            Transport = parseResult.GetValue(Transport) ?? "auto",
            Crypto = parseResult.GetValue(Crypto) == "bouncycastle" ? CryptoBackend.BouncyCastle : CryptoBackend.System,
            Timeout = parseResult.GetValue(Timeout) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            Json = parseResult.GetValue(Json),
        };
    }

    private static Option<int?> CreatePort()
    {
        var option = new Option<int?>("--psport", "-p") { Description = "Port of the myproxy-server (default: MYPROXY_SERVER_PORT, else 7512).", HelpName = "port #" };
        option.Validators.Add(result => RequireRange(result, option, 1, 65535, "a port from 1 to 65535"));
        return option;
    }

    private static Option<int?> CreateTimeout()
    {
        var option = new Option<int?>("--timeout")
        {
            Description = "Seconds to wait for connecting and for each read (default: MYPROXY_SOCKET_TIMEOUT, else 30).",
            HelpName = "seconds",
        };
        option.Validators.Add(result => RequireRange(result, option, 1, int.MaxValue, "a positive number of seconds"));
        return option;
    }

    private static Option<string> CreateChoice(string name, string defaultValue, string description, params string[] choices)
    {
        var option = new Option<string>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.AcceptOnlyFromAmong(choices);
        return option;
    }

    private static void RequireRange(OptionResult result, Option<int?> option, int minimum, int maximum, string what)
    {
        if (result.GetValueOrDefault<int?>() is { } value && (value < minimum || value > maximum))
        {
            result.AddError($"{option.Name} must be {what}, not {value}.");
        }
    }
}
