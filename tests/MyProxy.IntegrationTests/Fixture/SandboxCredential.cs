namespace MyProxy.IntegrationTests.Fixture;

/// <summary>A credential the sandbox preloaded into the server's repository, retrievable with GET.</summary>
public sealed class SandboxCredential
{
    public required string Username { get; init; }

    public required string Passphrase { get; init; }

    /// <summary>The subject of the end-entity certificate stored under <see cref="Username"/>.</summary>
    public required string OwnerSubject { get; init; }
}
