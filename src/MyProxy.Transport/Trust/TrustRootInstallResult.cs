namespace MyProxy.Transport.Trust;

/// <summary>What <see cref="TrustRootInstaller"/> wrote.</summary>
/// <param name="Directory">The trust directory.</param>
/// <param name="InstalledPaths">The full path of each file written, in the server's order.</param>
public sealed record TrustRootInstallResult(string Directory, IReadOnlyList<string> InstalledPaths);
