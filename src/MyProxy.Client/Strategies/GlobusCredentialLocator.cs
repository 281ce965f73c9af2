using MyProxy.Client.Configuration;
using MyProxy.Crypto.Credentials;

namespace MyProxy.Client.Strategies;

/// <summary>
/// The C tools' search order: <c>X509_USER_PROXY</c> (used as given), <c>/tmp/x509up_u&lt;uid&gt;</c>,
/// <c>X509_USER_CERT</c>/<c>X509_USER_KEY</c>, then, as root, the host credential, else
/// <c>~/.globus/usercert.pem</c>/<c>userkey.pem</c>. Files other than a named variable count only if they exist.
/// </summary>
public sealed class GlobusCredentialLocator : ICredentialLocator
{
    /// <summary>The host certificate a root process uses.</summary>
    public const string HostCertificatePath = "/etc/grid-security/hostcert.pem";

    /// <summary>The host key a root process uses.</summary>
    public const string HostKeyPath = "/etc/grid-security/hostkey.pem";

    private readonly IEnvironmentReader _environment;
    private readonly Func<string, bool> _fileExists;
    private readonly bool _isRoot;

    /// <summary>Creates a locator.</summary>
    /// <param name="environment">The environment variables.</param>
    /// <param name="fileExists">Whether a file exists; <see cref="File.Exists"/> when <see langword="null"/>.</param>
    /// <param name="isRoot">Whether the process runs as root; the real privilege when <see langword="null"/>.</param>
    public GlobusCredentialLocator(IEnvironmentReader environment, Func<string, bool>? fileExists = null, bool? isRoot = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        _environment = environment;
        _fileExists = fileExists ?? File.Exists;
        _isRoot = isRoot ?? Environment.IsPrivilegedProcess;
    }

    /// <inheritdoc/>
    public CredentialLocation? Locate()
    {
        if (Variable(ProxyFileLocation.ProxyVariable) is { } proxy)
        {
            return new CredentialLocation(proxy, proxy, CredentialSource.ProxyFile);
        }

        var defaultProxy = ProxyFileLocation.DefaultProxyPath(_ => null);
        if (_fileExists(defaultProxy))
        {
            return new CredentialLocation(defaultProxy, defaultProxy, CredentialSource.ProxyFile);
        }

        if (Variable(ProxyFileLocation.CertificateVariable) is { } certificate)
        {
            return new CredentialLocation(certificate, Variable(ProxyFileLocation.KeyVariable) ?? certificate, CredentialSource.UserCertificate);
        }

        if (_isRoot && _fileExists(HostCertificatePath))
        {
            return new CredentialLocation(HostCertificatePath, HostKeyPath, CredentialSource.HostCertificate);
        }

        var userCertificate = ProxyFileLocation.UserCertificatePath(Variable);
        return _fileExists(userCertificate)
            ? new CredentialLocation(userCertificate, ProxyFileLocation.UserKeyPath(Variable), CredentialSource.UserCertificate)
            : null;
    }

    private string? Variable(string name) =>
        _environment.GetVariable(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;
}
