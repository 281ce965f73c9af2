namespace MyProxy.Cli.Commands.Network;

/// <summary>What a network command prints with <c>--json</c> on success; fields a command has no use for are left out.</summary>
/// <param name="Command">The subcommand, for example <c>logon</c>.</param>
/// <param name="Username">The MyProxy account.</param>
/// <param name="Server">The server that answered, <c>host:port</c>.</param>
/// <param name="Message">The line the C tool prints.</param>
/// <param name="Files">Files written.</param>
/// <param name="Subject">The subject of the credential received or delegated.</param>
/// <param name="NotAfter">When it expires.</param>
/// <param name="Credentials">INFO's credentials.</param>
internal sealed record NetworkResultDocument(
    string Command,
    string Username,
    string Server,
    string Message,
    IReadOnlyList<string>? Files = null,
    string? Subject = null,
    DateTimeOffset? NotAfter = null,
    IReadOnlyList<CredentialInfoDocument>? Credentials = null);
