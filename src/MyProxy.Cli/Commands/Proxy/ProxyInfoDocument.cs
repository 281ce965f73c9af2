using MyProxy.Crypto.Summary;

namespace MyProxy.Cli.Commands.Proxy;

/// <summary>What <c>myproxy proxy info --json</c> prints: grid-proxy-info's fields and what else the summary knows.</summary>
internal sealed record ProxyInfoDocument(
    string Subject,
    string Issuer,
    string Identity,
    string Type,
    int Strength,
    string? Path,
    long TimeLeft,
    bool IsProxy,
    bool IsLimited,
    DateTimeOffset NotAfter,
    int? PathLengthLeft,
    IReadOnlyList<string> VomsFqans,
    string? DiracGroup)
{
    /// <summary>The document for a summary.</summary>
    public static ProxyInfoDocument From(CredentialSummary summary) => new(
        summary.Subject,
        summary.Issuer,
        summary.Identity,
        summary.TypeDescription,
        summary.StrengthBits,
        summary.Path,
        ProxyInfoFields.Seconds(summary.TimeLeft),
        summary.IsProxy,
        summary.IsLimited,
        summary.NotAfter,
        summary.RemainingPathLength,
        summary.VomsFqans,
        summary.DiracGroup);
}
