namespace MyProxy.Client.Strategies;

/// <summary>The files of a client credential; for a proxy file both paths are the same.</summary>
/// <param name="CertificatePath">The certificate (chain) file.</param>
/// <param name="KeyPath">The private key file.</param>
/// <param name="Source">Which rule found it.</param>
public sealed record CredentialLocation(string CertificatePath, string KeyPath, CredentialSource Source);
