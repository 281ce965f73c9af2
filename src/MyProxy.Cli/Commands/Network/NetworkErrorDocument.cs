namespace MyProxy.Cli.Commands.Network;

/// <summary>What a network command prints with <c>--json</c> on failure.</summary>
/// <param name="Error">The one-line message.</param>
/// <param name="Phase">The step that failed (Connect, AuthenticateServer, Authorize, ...).</param>
/// <param name="ServerErrors">The server's own <c>ERROR=</c> lines, when it refused.</param>
internal sealed record NetworkErrorDocument(string Error, string Phase, IReadOnlyList<string> ServerErrors);
