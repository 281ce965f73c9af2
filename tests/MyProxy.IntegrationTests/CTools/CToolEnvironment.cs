using System.Globalization;
using MyProxy.IntegrationTests.Fixture;

namespace MyProxy.IntegrationTests.CTools;

/// <summary>
/// The environment the C tools need to talk to the sandbox: its address, its DN (its CN is host/localhost, which
/// no reverse lookup of 127.0.0.1 yields) and its trust store, with HOME pointed away from the real user's ~/.globus.
/// </summary>
internal static class CToolEnvironment
{
    public static IReadOnlyDictionary<string, string> For(SandboxServer server, string home) => new Dictionary<string, string>
    {
        ["MYPROXY_SERVER"] = server.Host,
        ["MYPROXY_SERVER_PORT"] = server.Port.ToString(CultureInfo.InvariantCulture),
        ["MYPROXY_SERVER_DN"] = server.ServerSubject,
        ["X509_CERT_DIR"] = server.CertificateDirectory,
        ["X509_USER_PROXY"] = Path.Combine(home, "no-such-proxy"),
        ["HOME"] = home,
    };
}
