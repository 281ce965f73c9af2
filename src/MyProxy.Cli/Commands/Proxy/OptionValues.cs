using System.CommandLine;
using System.CommandLine.Parsing;

namespace MyProxy.Cli.Commands.Proxy;

/// <summary>Reads option values inside command validators, where an option that failed to parse must not throw.</summary>
internal static class OptionValues
{
    /// <summary>The option's value; <see langword="default"/> when it is absent or did not parse (that error is already reported).</summary>
    public static T? Parsed<T>(CommandResult result, Option<T> option)
    {
        if (result.GetResult(option) is not { } optionResult || optionResult.Errors.Any())
        {
            return default;
        }

        try
        {
            return optionResult.GetValueOrDefault<T>();
        }
        catch (InvalidOperationException)
        {
            // System.CommandLine throws for a value its own parser or validator refused; the parse error says why.
            return default;
        }
    }
}
