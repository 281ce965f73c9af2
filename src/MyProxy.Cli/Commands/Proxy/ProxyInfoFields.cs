using System.Globalization;
using MyProxy.Crypto.Summary;

namespace MyProxy.Cli.Commands.Proxy;

/// <summary>grid-proxy-info's output: the <c>-all</c> block and the single-field options, character for character.</summary>
internal static class ProxyInfoFields
{
    private const long SecondsPerDay = 86_400;

    /// <summary>What grid-proxy-info prints for one option (several lines for <see cref="ProxyInfoField.All"/>).</summary>
    /// <param name="summary">The proxy.</param>
    /// <param name="field">The option.</param>
    /// <returns>The text, without a final line end.</returns>
    public static string Format(CredentialSummary summary, ProxyInfoField field) => field switch
    {
        ProxyInfoField.Subject => summary.Subject,
        ProxyInfoField.Issuer => summary.Issuer,
        ProxyInfoField.Identity => summary.Identity,
        ProxyInfoField.Type => summary.TypeDescription,
        ProxyInfoField.TimeLeft => Seconds(summary.TimeLeft).ToString(CultureInfo.InvariantCulture),
        ProxyInfoField.Strength => summary.StrengthBits.ToString(CultureInfo.InvariantCulture),
        ProxyInfoField.Path => summary.Path ?? string.Empty,
        _ => All(summary),
    };

    /// <summary>The <c>-all</c> block (grid-proxy-info without options).</summary>
    public static string All(CredentialSummary summary) => string.Join('\n',
        $"subject  : {summary.Subject}",
        $"issuer   : {summary.Issuer}",
        $"identity : {summary.Identity}",
        $"type     : {summary.TypeDescription}",
        string.Create(CultureInfo.InvariantCulture, $"strength : {summary.StrengthBits} bits"),
        $"path     : {summary.Path}",
        $"timeleft : {TimeLeft(summary.TimeLeft)}");

    /// <summary>
    /// <c>h:mm:ss</c>, and beyond a day grid-proxy-info's <c>  (N.N days)</c>, which it computes from whole hours
    /// (37:50 is "1.5 days") and rounds as C's <c>printf("%.1f")</c> does: to the nearest tenth, ties to even.
    /// </summary>
    public static string TimeLeft(TimeSpan timeLeft)
    {
        var text = CredentialSummary.FormatTimeLeft(timeLeft);
        var seconds = Seconds(timeLeft);
        if (seconds <= SecondsPerDay)
        {
            return text;
        }

        var tenthsTimes24 = seconds / 3600 * 10;
        var tenths = tenthsTimes24 / 24;
        var remainder = tenthsTimes24 % 24;
        if (remainder > 12 || (remainder == 12 && tenths % 2 == 1))
        {
            tenths++;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{text}  ({tenths / 10}.{tenths % 10} days)");
    }

    /// <summary>Whole seconds left, never negative (grid-proxy-info <c>-timeleft</c>).</summary>
    public static long Seconds(TimeSpan timeLeft) => Math.Max(0L, (long)Math.Floor(timeLeft.TotalSeconds));
}
