using System.CommandLine;
using System.CommandLine.Parsing;
using MyProxy.Crypto.Keys;
using MyProxy.Crypto.Proxies;

namespace MyProxy.Cli.Commands.Proxy;

/// <summary>
/// <c>myproxy proxy init</c>: grid-proxy-init. Reads the user certificate and key, asks for the key's pass phrase,
/// and writes a new proxy; grid-proxy-init's single-dash spellings are accepted as aliases.
/// </summary>
internal static class ProxyInitCommand
{
    private static readonly Option<string?> Certificate = new("--cert")
    {
        Description = "The user certificate (default: $X509_USER_CERT, else ~/.globus/usercert.pem).",
        HelpName = "FILE",
    };

    private static readonly Option<string?> Key = new("--key")
    {
        Description = "The user key (default: $X509_USER_KEY, else ~/.globus/userkey.pem).",
        HelpName = "FILE",
    };

    private static readonly Option<string?> Output = new("--out", "-o")
    {
        Description = "Where to write the proxy (default: $X509_USER_PROXY, else /tmp/x509up_u<uid>).",
        HelpName = "FILE",
    };

    private static readonly Option<int?> Hours = new("--hours")
    {
        Description = "How many hours the proxy is valid (default 12).",
        HelpName = "H",
    };

    private static readonly Option<TimeSpan?> Valid = new("--valid")
    {
        Description = "How long the proxy is valid, as hours:minutes (grid-proxy-init -valid).",
        HelpName = "H:M",
        CustomParser = ValidityPeriod.Parse,
    };

    private static readonly Option<int?> Bits = new("--bits")
    {
        Description = "The key size: RSA modulus bits (default 2048), or 256 / 384 for an EC key.",
        HelpName = "BITS",
    };

    private static readonly Option<string> KeyType = KeyTypeOption();
    private static readonly Option<bool> Limited = new("--limited") { Description = "Make a limited proxy." };
    private static readonly Option<bool> Independent = new("--independent") { Description = "Make an independent proxy." };

    private static readonly Option<int?> PathLength = new("--path-length")
    {
        Description = "Allow at most N further proxies below this one.",
        HelpName = "N",
    };

    private static readonly Option<string?> Format = FormatOption();

    private static readonly Option<bool> StandardInputPassphrase = new("--stdin-pass", "-S")
    {
        Description = "Read the key pass phrase as one line of standard input, without a prompt.",
    };

    private static readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "Print nothing on success." };

    /// <summary>Makes the command; its action runs <see cref="ProxyInitRunner"/>.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var crypto = ProxyCommandOptions.Crypto();
        var command = new Command("init", "Make a proxy certificate from your user certificate and key (grid-proxy-init).")
        {
            Certificate, Key, Output, Hours, Valid, Bits, KeyType, Limited, Independent, PathLength, Format,
            StandardInputPassphrase, Quiet, crypto,
        };
        command.Validators.Add(Validate);
        command.SetAction(parseResult =>
        {
            var request = new ProxyInitRequest(
                parseResult.GetValue(Certificate),
                parseResult.GetValue(Key),
                parseResult.GetValue(Output),
                ProxyOptionsOf(parseResult),
                parseResult.GetValue(StandardInputPassphrase),
                parseResult.GetValue(Quiet),
                ProxyCommandOptions.Provider(parseResult.GetValue(crypto)));
            return new ProxyInitRunner(environment, parseResult.InvocationConfiguration.Output, request).Run();
        });
        return command;
    }

    private static ProxyOptions ProxyOptionsOf(ParseResult parseResult) => new()
    {
        Format = parseResult.GetValue(Format) switch
        {
            "rfc" => ProxyCertificateFormat.Rfc3820,
            "draft" => ProxyCertificateFormat.Draft,
            "legacy" => ProxyCertificateFormat.Legacy,
            _ => null,
        },
        Policy = parseResult.GetValue(Limited) ? ProxyPolicyKind.Limited
            : parseResult.GetValue(Independent) ? ProxyPolicyKind.Independent
            : ProxyPolicyKind.InheritAll,
        PathLength = parseResult.GetValue(PathLength),
        Lifetime = parseResult.GetValue(Valid) ?? TimeSpan.FromHours(parseResult.GetValue(Hours) ?? 12),
        Key = KeyOf(parseResult.GetValue(KeyType), parseResult.GetValue(Bits)),
    };

    private static KeySpecification KeyOf(string? keyType, int? bits) => keyType == "ec"
        ? bits == 384 ? KeySpecification.EcP384 : KeySpecification.EcP256
        : KeySpecification.Rsa(bits ?? 2048);

    private static void Validate(CommandResult result)
    {
        if (OptionValues.Parsed(result, Limited) && OptionValues.Parsed(result, Independent))
        {
            result.AddError("--limited and --independent exclude each other; give one.");
        }

        if (result.GetResult(Hours) is not null && result.GetResult(Valid) is not null)
        {
            result.AddError("--hours and --valid both set the lifetime; give one.");
        }

        if (OptionValues.Parsed(result, Hours) is <= 0 || OptionValues.Parsed(result, Valid) is { } valid && valid <= TimeSpan.Zero)
        {
            result.AddError("the proxy lifetime must be positive.");
        }

        if (OptionValues.Parsed(result, PathLength) is < 0)
        {
            result.AddError("--path-length must be 0 or more.");
        }

        ValidateKeySize(result, OptionValues.Parsed(result, KeyType), OptionValues.Parsed(result, Bits));
    }

    private static void ValidateKeySize(CommandResult result, string? keyType, int? bits)
    {
        if (keyType == "ec" && bits is not (null or 256 or 384))
        {
            result.AddError($"an EC key has 256 (P-256) or 384 (P-384) bits, not {bits}.");
        }
        else if (keyType != "ec" && bits is { } size
            && (size < 2048 || size > KeySpecification.MaximumRsaBits || size % 8 != 0))
        {
            result.AddError($"an RSA proxy key has 2048 to {KeySpecification.MaximumRsaBits} bits in multiples of 8, not {size}.");
        }
    }

    private static Option<string> KeyTypeOption()
    {
        var option = new Option<string>("--key-type")
        {
            Description = "The proxy's key: rsa (default) or ec (P-256; P-384 with --bits 384).",
            DefaultValueFactory = _ => "rsa",
            HelpName = "rsa|ec",
        };
        option.AcceptOnlyFromAmong("rsa", "ec");
        return option;
    }

    private static Option<string?> FormatOption()
    {
        var option = new Option<string?>("--format")
        {
            Description = "The proxy format: rfc (RFC 3820, the default from a user certificate), draft (GT3) or legacy (GT2); default from a proxy: the same as it.",
            HelpName = "rfc|draft|legacy",
        };
        option.AcceptOnlyFromAmong("rfc", "draft", "legacy");
        return option;
    }
}
