namespace MyProxy.Cli.Commands.Proxy;

/// <summary>
/// The trust directory the grid tools use: <c>$X509_CERT_DIR</c>, else <c>~/.globus/certificates</c> when it
/// exists, else <c>/etc/grid-security/certificates</c> (GCT's order).
/// </summary>
internal static class TrustDirectoryLocation
{
    /// <summary>The variable that names the trust directory.</summary>
    public const string Variable = "X509_CERT_DIR";

    /// <summary>The system-wide trust directory.</summary>
    public const string SystemDirectory = "/etc/grid-security/certificates";

    /// <summary>The directory to trust.</summary>
    /// <param name="environment">Reads an environment variable.</param>
    /// <returns>The path (which may not exist; loading it then says so).</returns>
    public static string Default(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (environment(Variable) is { Length: > 0 } configured)
        {
            return configured;
        }

        var home = environment("HOME") is { Length: > 0 } variable
            ? variable
            : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var personal = Path.Combine(home, ".globus", "certificates");
        return Directory.Exists(personal) ? personal : SystemDirectory;
    }
}
