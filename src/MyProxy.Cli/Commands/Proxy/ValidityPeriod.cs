using System.Globalization;

namespace MyProxy.Cli.Commands.Proxy;

/// <summary>grid-proxy-init's and grid-proxy-info's <c>-valid H:M</c> durations.</summary>
internal static class ValidityPeriod
{
    /// <summary>Parses <c>H:M</c> (hours unbounded, minutes 0-59).</summary>
    /// <param name="text">For example <c>12:00</c> or <c>0:30</c>.</param>
    /// <param name="period">The duration.</param>
    /// <returns>Whether the text was well formed.</returns>
    public static bool TryParse(string text, out TimeSpan period)
    {
        period = TimeSpan.Zero;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0
            || !int.TryParse(text.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            || minutes > 59 || hours > 100_000)
        {
            return false;
        }

        period = new TimeSpan(hours, minutes, 0);
        return true;
    }

    /// <summary>The parser for an <c>H:M</c> option: a usage error names the option and the expected form.</summary>
    public static TimeSpan? Parse(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (TryParse(text, out var period))
        {
            return period;
        }

        result.AddError($"'{text}' is not a duration H:M (hours, then minutes 0-59), for example 12:00.");
        return null;
    }
}
