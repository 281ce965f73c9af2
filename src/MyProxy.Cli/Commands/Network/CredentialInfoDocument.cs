namespace MyProxy.Cli.Commands.Network;

/// <summary>One stored credential in <c>myproxy info --json</c>.</summary>
internal sealed record CredentialInfoDocument(
    string? Name,
    string? Description,
    string? Owner,
    DateTimeOffset? StartTime,
    DateTimeOffset? EndTime,
    long? TimeLeft,
    string? Retrievers,
    string? Renewers,
    string? KeyRetrievers,
    string? TrustedRetrievers,
    string? LockMessage);
