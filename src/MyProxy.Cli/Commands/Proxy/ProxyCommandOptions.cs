using System.CommandLine;
using MyProxy.Crypto;

namespace MyProxy.Cli.Commands.Proxy;

/// <summary>The options the <c>proxy</c> commands share; each call makes a new instance for one command.</summary>
internal static class ProxyCommandOptions
{
    private const string SystemBackend = "system";
    private const string BouncyCastleBackend = "bouncycastle";

    /// <summary><c>--crypto system|bouncycastle</c>: which cryptography library does the work.</summary>
    public static Option<string> Crypto()
    {
        var option = new Option<string>("--crypto")
        {
            Description = "The cryptography library: system (System.Security.Cryptography, the default) or bouncycastle.",
            DefaultValueFactory = _ => SystemBackend,
            HelpName = "system|bouncycastle",
        };
        option.AcceptOnlyFromAmong(SystemBackend, BouncyCastleBackend);
        return option;
    }

    /// <summary><c>-f/--file FILE</c>: the proxy file; <c>$X509_USER_PROXY</c> or <c>/tmp/x509up_u&lt;uid&gt;</c> when omitted.</summary>
    public static Option<string?> ProxyFile() => new("--file", "-f")
    {
        Description = "The proxy file (default: $X509_USER_PROXY, else /tmp/x509up_u<uid>).",
        HelpName = "FILE",
    };

    /// <summary><c>--json</c>: one JSON object instead of text.</summary>
    public static Option<bool> Json() => new("--json")
    {
        Description = "Print one JSON object instead of text.",
    };

    /// <summary>The provider a parsed <see cref="Crypto"/> value names.</summary>
    public static ICryptoProvider Provider(string? name) =>
        CryptoProviders.For(name == BouncyCastleBackend ? CryptoBackend.BouncyCastle : CryptoBackend.System);
}
