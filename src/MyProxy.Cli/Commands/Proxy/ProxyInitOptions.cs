using System.CommandLine;
using System.CommandLine.Parsing;
using MyProxy.Crypto.Keys;
using MyProxy.Crypto.Proxies;

namespace MyProxy.Cli.Commands.Proxy;

/// <summary>The options of <c>myproxy proxy init</c>, their checks, and the request they describe.</summary>
internal sealed class ProxyInitOptions
{
    public Option<string?> Certificate { get; } = new("--cert")
    {
        Description = "The user certificate (default: $X509_USER_CERT, else ~/.globus/usercert.pem).",
        HelpName = "FILE",
    };

    public Option<string?> Key { get; } = new("--key")
    {
        Description = "The user key (default: $X509_USER_KEY, else ~/.globus/userkey.pem).",
        HelpName = "FILE",
    };

    public Option<string?> Output { get; } = new("--out", "-o")
    {
        Description = "Where to write the proxy (default: $X509_USER_PROXY, else /tmp/x509up_u<uid>).",
        HelpName = "FILE",
    };

    public Option<int?> Hours { get; } = new("--hours")
    {
        Description = "How many hours the proxy is valid (default 12).",
        HelpName = "H",
    };

    public Option<TimeSpan?> Valid { get; } = new("--valid")
    {
        Description = "How long the proxy is valid, as hours:minutes (grid-proxy-init -valid).",
        HelpName = "H:M",
        CustomParser = ValidityPeriod.Parse,
    };

    public Option<int?> Bits { get; } = new("--bits")
    {
        Description = "The key size: RSA modulus bits (default 2048), or 256 / 384 for an EC key.",
        HelpName = "BITS",
    };

    public Option<string> KeyType { get; } = KeyTypeOption();

    public Option<bool> Limited { get; } = new("--limited") { Description = "Make a limited proxy." };

    public Option<bool> Independent { get; } = new("--independent") { Description = "Make an independent proxy." };

    public Option<int?> PathLength { get; } = new("--path-length")
    {
        Description = "Allow at most N further proxies below this one.",
        HelpName = "N",
    };

    public Option<string?> Format { get; } = FormatOption();

    public Option<bool> StandardInputPassphrase { get; } = new("--stdin-pass", "-S")
    {
        Description = "Read the key pass phrase as one line of standard input, without a prompt.",
    };

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Print nothing on success." };

    public Option<string> Crypto { get; } = ProxyCommandOptions.Crypto();

    public void AddTo(Command command)
    {
        foreach (var option in new Option[]
        {
            Certificate, Key, Output, Hours, Valid, Bits, KeyType, Limited, Independent, PathLength, Format,
            StandardInputPassphrase, Quiet, Crypto,
        })
        {
            command.Add(option);
        }
    }

    public ProxyOptions ProxyOptionsOf(ParseResult parseResult) => new()
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

    public void Validate(CommandResult result)
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

    private void ValidateKeySize(CommandResult result, string? keyType, int? bits)
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
