namespace MyProxy.IntegrationTests.Fixture;

/// <summary>A user of the test CA with an end-entity certificate and an encrypted private key.</summary>
/// <remarks>A class, not a record: the generated ToString would print the passphrase.</remarks>
public sealed class SandboxUser
{
    public required string Subject { get; init; }

    public required string CertificatePath { get; init; }

    public required string KeyPath { get; init; }

    public required string KeyPassphrase { get; init; }
}
