namespace MyProxy.Client.Strategies;

/// <summary>Finds the client credential a command authenticates with when the caller gives none.</summary>
public interface ICredentialLocator
{
    /// <summary>Finds the credential files.</summary>
    /// <returns>The location, or <see langword="null"/> when there is no credential.</returns>
    CredentialLocation? Locate();
}
