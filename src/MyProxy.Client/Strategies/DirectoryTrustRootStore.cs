using Microsoft.Extensions.Options;
using MyProxy.Client.Configuration;
using MyProxy.Protocol.Responses;
using MyProxy.Transport.Trust;

namespace MyProxy.Client.Strategies;

/// <summary>
/// A hash-named CA directory: <see cref="MyProxyClientOptions.CACertDir"/> (which <c>X509_CERT_DIR</c> sets) if
/// given, else the C tools' defaults (<see cref="TrustRootDirectory"/>): for verifying
/// <c>~/.globus/certificates</c> then <c>/etc/grid-security/certificates</c>; for installing, as root the system
/// directory, else <c>~/.globus/certificates</c>.
/// </summary>
public sealed class DirectoryTrustRootStore : ITrustRootStore
{
    private readonly string? _configured;
    private readonly TrustRootDirectory _defaults;
    private readonly TrustRootInstaller _installer;

    /// <summary>Creates the store.</summary>
    /// <param name="options">The client options (for <see cref="MyProxyClientOptions.CACertDir"/>).</param>
    /// <param name="environment">The environment, for <c>HOME</c> and <c>X509_CERT_DIR</c>.</param>
    /// <param name="time">The clock the install log uses.</param>
    public DirectoryTrustRootStore(IOptions<MyProxyClientOptions> options, IEnvironmentReader environment, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        _configured = string.IsNullOrWhiteSpace(options.Value.CACertDir) ? null : options.Value.CACertDir;
        _defaults = new TrustRootDirectory(environment.GetVariable, Environment.IsPrivilegedProcess);
        _installer = new TrustRootInstaller(time);
    }

    /// <inheritdoc/>
    public string? ValidationDirectory => _configured ?? _defaults.LocateForValidation();

    /// <inheritdoc/>
    public TrustRootInstallResult Install(IReadOnlyList<TrustRootFile> files) =>
        _installer.Install(_configured ?? _defaults.LocateForInstall(), files);
}
