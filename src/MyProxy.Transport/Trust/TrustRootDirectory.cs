namespace MyProxy.Transport.Trust;

/// <summary>
/// Where the trusted CA certificates live, by the C tools' rules. For verifying a server
/// (gct <c>globus_gsi_sysconfig_get_cert_dir</c>): <c>X509_CERT_DIR</c>, else <c>~/.globus/certificates</c> if it
/// exists, else <c>/etc/grid-security/certificates</c> if it exists. For installing trust roots (gct
/// <c>myproxy.c</c> <c>get_trusted_certs_path</c>): <c>X509_CERT_DIR</c>, else as root
/// <c>/etc/grid-security/certificates</c>, else <c>~/.globus/certificates</c>.
/// </summary>
public sealed class TrustRootDirectory
{
    /// <summary>The system-wide trust directory.</summary>
    public const string SystemDirectory = "/etc/grid-security/certificates";

    private readonly Func<string, string?> _variable;
    private readonly bool _isRoot;
    private readonly Func<string, bool> _directoryExists;

    /// <summary>Creates a locator over an environment.</summary>
    /// <param name="variable">Returns an environment variable, or <see langword="null"/> when it is not set.</param>
    /// <param name="isRoot">Whether the process runs as root (uid 0).</param>
    /// <param name="directoryExists">Whether a directory exists; <see cref="Directory.Exists"/> when <see langword="null"/>.</param>
    public TrustRootDirectory(Func<string, string?> variable, bool isRoot, Func<string, bool>? directoryExists = null)
    {
        ArgumentNullException.ThrowIfNull(variable);
        _variable = variable;
        _isRoot = isRoot;
        _directoryExists = directoryExists ?? Directory.Exists;
    }

    /// <summary>The process's environment and privileges.</summary>
    public static TrustRootDirectory Process { get; } = new(Environment.GetEnvironmentVariable, Environment.IsPrivilegedProcess);

    /// <summary>The directory to verify servers against.</summary>
    /// <returns>The path, or <see langword="null"/> when none is configured and none of the defaults exists.</returns>
    public string? LocateForValidation()
    {
        if (Variable("X509_CERT_DIR") is { } configured)
        {
            return configured;
        }

        if (UserDirectory() is { } user && _directoryExists(user))
        {
            return user;
        }

        return _directoryExists(SystemDirectory) ? SystemDirectory : null;
    }

    /// <summary>The directory to install trust roots into (it need not exist yet).</summary>
    /// <returns>The path.</returns>
    /// <exception cref="MyProxyTrustRootException">Neither X509_CERT_DIR nor HOME is set for a user other than root.</exception>
    public string LocateForInstall()
    {
        if (Variable("X509_CERT_DIR") is { } configured)
        {
            return configured;
        }

        if (_isRoot)
        {
            return SystemDirectory;
        }

        return UserDirectory()
            ?? throw new MyProxyTrustRootException("Cannot tell where to install trust roots: set X509_CERT_DIR (or HOME).");
    }

    private string? UserDirectory() =>
        Variable("HOME") is { } home ? Path.Combine(home, ".globus", "certificates") : null;

    private string? Variable(string name)
    {
        var value = _variable(name);
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }
}
