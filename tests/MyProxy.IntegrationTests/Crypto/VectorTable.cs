using System.Text.RegularExpressions;

namespace MyProxy.IntegrationTests.Crypto;

/// <summary>Prints the observed verdicts as a Markdown table (the source of docs/testing-vectors.md).</summary>
internal static partial class VectorTable
{
    public static string Format(IEnumerable<ProxyVector> vectors, IEnumerable<RefusedProxy> refusals)
    {
        var rows = vectors.Select(vector =>
            $"| `{vector.Name}` | {vector.Recipe} | {OneLine(vector.Info.Type)} | {OneLine(vector.Info.Identity)} | {(vector.ExpiryCheckPassed ? "0" : "non-zero")} | "
            + $"{Verdict(vector.Gct)} | {Verdict(vector.OpenSsl)} |");
        var refused = refusals.Select(refusal => $"| `{refusal.Name}` | {refusal.Recipe} | refused, exit {refusal.ExitCode}: {OneLine(refusal.Output)} | | | | |");
        return string.Join(
            '\n',
            ["| vector | recipe | grid-proxy-info -type | -identity | -e exit | grid-cert-diagnostics -c | openssl verify |", "|---|---|---|---|---|---|---|", .. rows, .. refused]);
    }

    private static string Verdict(ToolVerdict verdict) => verdict.Accepted ? "OK" : "fail: " + OneLine(verdict.Detail);

    // Drops grid-proxy-init's key-generation dots and the "Use -debug" hint, and keeps the table one line a row.
    private static string OneLine(string text) =>
        Whitespace().Replace(Dots().Replace(text.Replace("Use -debug for further information.", string.Empty, StringComparison.Ordinal), " "), " ").Trim();

    [GeneratedRegex(@"\.{4,}")]
    private static partial Regex Dots();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
