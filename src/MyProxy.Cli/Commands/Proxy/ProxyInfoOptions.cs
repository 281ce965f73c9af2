using System.CommandLine;
using System.CommandLine.Parsing;

namespace MyProxy.Cli.Commands.Proxy;

/// <summary>The options of <c>myproxy proxy info</c> other than its field selectors.</summary>
internal sealed class ProxyInfoOptions
{
    public Option<string?> File { get; } = ProxyCommandOptions.ProxyFile();

    public Option<bool> Json { get; } = ProxyCommandOptions.Json();

    public Option<string> Crypto { get; } = ProxyCommandOptions.Crypto();

    public Option<bool> Exists { get; } = new("--exists", "-e")
    {
        Description = "Exit 0 if the proxy is valid for at least --valid (or --hours) and has at least --bits bits, else 1.",
    };

    public Option<TimeSpan?> Valid { get; } = new("--valid", "-v")
    {
        Description = "With --exists: the time the proxy must still be valid, as hours:minutes.",
        HelpName = "H:M",
        CustomParser = ValidityPeriod.Parse,
    };

    public Option<int?> Hours { get; } = new("--hours")
    {
        Description = "With --exists: the hours the proxy must still be valid (grid-proxy-info's deprecated -hours).",
        HelpName = "H",
    };

    public Option<int?> Bits { get; } = new("--bits", "-b")
    {
        Description = "With --exists: the key size the proxy must at least have.",
        HelpName = "B",
    };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { File, Json, Crypto, Exists, Valid, Hours, Bits })
        {
            command.Add(option);
        }
    }

    /// <summary>The lifetime --exists asks for; zero when none was given.</summary>
    public TimeSpan RequiredLifetime(ParseResult parseResult) =>
        parseResult.GetValue(Valid) ?? TimeSpan.FromHours(parseResult.GetValue(Hours) ?? 0);

    public void Validate(CommandResult result)
    {
        var exists = OptionValues.Parsed(result, Exists);
        foreach (var option in new Option[] { Valid, Hours, Bits })
        {
            if (!exists && result.GetResult(option) is not null)
            {
                result.AddError($"{option.Name} is a condition of --exists (-e); add -e.");
            }
        }

        if (result.GetResult(Valid) is not null && result.GetResult(Hours) is not null)
        {
            result.AddError("--valid and --hours both set the time required; give one.");
        }

        if (OptionValues.Parsed(result, Hours) is < 0 || OptionValues.Parsed(result, Bits) is < 0)
        {
            result.AddError("--hours and --bits must not be negative.");
        }
    }
}
