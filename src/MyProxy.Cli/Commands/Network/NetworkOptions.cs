using System.CommandLine;
using MyProxy.Client;
using MyProxy.Crypto;

namespace MyProxy.Cli.Commands.Network;

/// <summary>
/// The options every network command shares: the C tools' common ones (<c>-s -p -l -d -v -V -u</c>) and ours
/// (<c>--timeout --transport --crypto --key-type --bits --json</c>). Each command makes its own instance.
/// </summary>
internal sealed class NetworkOptions
{
    public Option<string?> Host { get; } = new("--pshost", "-s")
    {
        Description = "The myproxy-server host, or a list h1[:p1],h2[:p2] (default: $MYPROXY_SERVER).",
        HelpName = "host",
    };

    public Option<int?> Port { get; } = new("--psport", "-p")
    {
        Description = "The myproxy-server port (default: $MYPROXY_SERVER_PORT, else 7512).",
        HelpName = "port",
    };

    public Option<string?> Username { get; } = new("--username", "-l")
    {
        Description = "The MyProxy account name (default: $LOGNAME).",
        HelpName = "username",
    };

    public Option<bool> DnAsUsername { get; } = new("--dn_as_username", "-d")
    {
        Description = "Use the subject (DN) of the client credential as the default username instead of $LOGNAME.",
    };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Trace the exchange on standard error (never a secret)." };

    public Option<bool> Version { get; } = new("--version", "-V")
    {
        Description = "Print the version and exit.",
        Action = new PrintVersion(),
    };

    public Option Usage { get; } = new System.CommandLine.Help.HelpOption("--usage", "-u");

    public Option<int?> Timeout { get; } = new("--timeout")
    {
        Description = "Seconds to wait for connecting and for every read (default: $MYPROXY_SOCKET_TIMEOUT, else 30).",
        HelpName = "SECONDS",
    };

    public Option<string?> Transport { get; } = Choice("--transport", "The TLS implementation: bouncycastle (default; the fastest to start), sslstream, or auto (BouncyCastle to present a proxy, else SslStream).", "auto", "sslstream", "bouncycastle");

    public Option<string?> Crypto { get; } = Choice("--crypto", "The cryptography library: system (default) or bouncycastle.", "system", "bouncycastle");

    public Option<string?> KeyType { get; } = Choice("--key-type", "The key generated for a new proxy: rsa (default) or ec.", "rsa", "ec");

    public Option<int?> Bits { get; } = new("--bits")
    {
        Description = "Bits of a generated key (default: $MYPROXY_KEYBITS, else 2048; 256 or 384 for EC).",
        HelpName = "N",
    };

    public Option<bool> Json { get; } = new("--json") { Description = "Print the result, or the error, as one JSON object." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Host, Port, Username, DnAsUsername, Verbose, Version, Usage, Timeout, Transport, Crypto, KeyType, Bits, Json })
        {
            command.Add(option);
        }

        command.Validators.Add(result =>
        {
            if (Commands.Proxy.OptionValues.Parsed(result, Timeout) is <= 0)
            {
                result.AddError("--timeout must be a positive number of seconds.");
            }
        });
    }

    /// <summary>The command line's settings over the client options (the environment was applied before).</summary>
    public void Apply(ParseResult parseResult, MyProxyClientOptions options)
    {
        if (parseResult.GetValue(Host) is { Length: > 0 } host)
        {
            options.Host = host;
        }

        if (parseResult.GetValue(Port) is { } port)
        {
            options.Port = port;
        }

        if (parseResult.GetValue(Timeout) is { } seconds)
        {
            options.Timeout = TimeSpan.FromSeconds(seconds);
        }

        options.Transport = parseResult.GetValue(Transport) switch
        {
            "sslstream" => MyProxyTransportKind.SslStream,
            "bouncycastle" => MyProxyTransportKind.BouncyCastle,
            "auto" => MyProxyTransportKind.Auto,
            // One short connection per process: BouncyCastle's managed TLS starts faster than SslStream, which
            // must load and initialise OpenSSL's TLS stack first (docs/performance.md).
            _ => options.Transport == MyProxyTransportKind.Auto ? MyProxyTransportKind.BouncyCastle : options.Transport,
        };
        // One logon per process on an otherwise idle machine: race two RSA generations on two cores.
        options.ParallelKeyGenerations = Math.Min(2, Environment.ProcessorCount);
        options.Crypto = parseResult.GetValue(Crypto) == "bouncycastle" ? CryptoBackend.BouncyCastle : options.Crypto;
        if (parseResult.GetValue(KeyType) == "ec")
        {
            options.KeyType = MyProxyKeyType.EC;
        }

        if (parseResult.GetValue(Bits) is { } bits)
        {
            options.KeySize = bits;
        }
    }

    /// <summary>The crypto provider the command line names (for local files).</summary>
    public ICryptoProvider Provider(ParseResult parseResult) =>
        CryptoProviders.For(parseResult.GetValue(Crypto) == "bouncycastle" ? CryptoBackend.BouncyCastle : CryptoBackend.System);

    private static Option<string?> Choice(string name, string description, params string[] values)
    {
        var option = new Option<string?>(name) { Description = description, HelpName = string.Join('|', values) };
        option.AcceptOnlyFromAmong(values);
        return option;
    }

    private sealed class PrintVersion : System.CommandLine.Invocation.SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(MyProxyCommandLine.VersionLine);
            return ExitCodes.Success;
        }
    }
}
