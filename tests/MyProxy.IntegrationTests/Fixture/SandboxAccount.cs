namespace MyProxy.IntegrationTests.Fixture;

/// <summary>An online-CA account: a username and PAM password for which the server issues a new certificate.</summary>
public sealed class SandboxAccount
{
    public required string Username { get; init; }

    public required string Password { get; init; }

    /// <summary>The subject the server's mapfile gives certificates issued to this account.</summary>
    public required string Subject { get; init; }
}
