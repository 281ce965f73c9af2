using MyProxy.Crypto.Interop;

namespace MyProxy.Crypto.Credentials;

/// <summary>
/// Where the grid tools keep credentials: the proxy in <c>$X509_USER_PROXY</c> or <c>/tmp/x509up_u&lt;uid&gt;</c>,
/// the user certificate and key in <c>$X509_USER_CERT</c>/<c>$X509_USER_KEY</c> or <c>~/.globus</c> (grid-proxy-init(1)).
/// </summary>
/// <remarks>
/// Every method takes an optional environment reader (a variable name in, its value or <see langword="null"/> out)
/// so that tests and hosts decide what the environment says; by default the process environment is read.
/// An empty variable counts as unset, as in the C tools.
/// </remarks>
public static class ProxyFileLocation
{
    /// <summary>The variable that names the proxy file.</summary>
    public const string ProxyVariable = "X509_USER_PROXY";

    /// <summary>The variable that names the user certificate file.</summary>
    public const string CertificateVariable = "X509_USER_CERT";

    /// <summary>The variable that names the user key file.</summary>
    public const string KeyVariable = "X509_USER_KEY";

    /// <summary>The proxy file: <c>$X509_USER_PROXY</c>, else <c>/tmp/x509up_u&lt;uid&gt;</c> with the real user id.</summary>
    /// <param name="environment">Reads a variable; the process environment when omitted.</param>
    /// <returns>The path.</returns>
    public static string DefaultProxyPath(Func<string, string?>? environment = null) =>
        Variable(environment, ProxyVariable) ?? ProxyPathForUser(CurrentUserId());

    /// <summary>The default proxy file of a user, <c>/tmp/x509up_u&lt;uid&gt;</c>.</summary>
    /// <param name="userId">The numeric user id.</param>
    /// <returns>The path.</returns>
    public static string ProxyPathForUser(uint userId) => $"/tmp/x509up_u{userId}";

    /// <summary>The user certificate: <c>$X509_USER_CERT</c>, else <c>$HOME/.globus/usercert.pem</c>.</summary>
    /// <param name="environment">Reads a variable; the process environment when omitted.</param>
    /// <returns>The path.</returns>
    public static string UserCertificatePath(Func<string, string?>? environment = null) =>
        Variable(environment, CertificateVariable) ?? Path.Combine(Home(environment), ".globus", "usercert.pem");

    /// <summary>The user key: <c>$X509_USER_KEY</c>, else <c>$HOME/.globus/userkey.pem</c>.</summary>
    /// <param name="environment">Reads a variable; the process environment when omitted.</param>
    /// <returns>The path.</returns>
    public static string UserKeyPath(Func<string, string?>? environment = null) =>
        Variable(environment, KeyVariable) ?? Path.Combine(Home(environment), ".globus", "userkey.pem");

    private static string? Variable(Func<string, string?>? environment, string name)
    {
        var value = (environment ?? Environment.GetEnvironmentVariable)(name);
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static string Home(Func<string, string?>? environment) =>
        Variable(environment, "HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

    private static uint CurrentUserId() =>
        OperatingSystem.IsWindows()
            ? throw new PlatformNotSupportedException("The default proxy location /tmp/x509up_u<uid> exists on Unix only; set X509_USER_PROXY.")
            : UnixNative.GetUserId();
}
