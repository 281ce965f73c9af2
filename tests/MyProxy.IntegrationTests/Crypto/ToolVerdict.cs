namespace MyProxy.IntegrationTests.Crypto;

/// <summary>Whether a real tool accepted a proxy chain, and the line it gave as its reason.</summary>
/// <param name="Accepted">Whether the tool said the chain is valid.</param>
/// <param name="Detail">The tool's own words: <c>OK</c>, or its (first) error line.</param>
/// <param name="ErrorNumber">openssl's <c>X509_V_ERR_*</c> number of the first error, when it printed one.</param>
public sealed record ToolVerdict(bool Accepted, string Detail, int? ErrorNumber = null);
