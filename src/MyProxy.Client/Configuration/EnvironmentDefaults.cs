using System.Globalization;

namespace MyProxy.Client.Configuration;

/// <summary>
/// Applies the C tools' environment variables to options before configuration is bound over them. A malformed
/// number is left for the validator to report rather than silently ignored.
/// </summary>
internal static class EnvironmentDefaults
{
    public static void Apply(MyProxyClientOptions options, IEnvironmentReader environment)
    {
        string? Variable(string name) => environment.GetVariable(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        options.Host = Variable("MYPROXY_SERVER") ?? options.Host;
        options.ServerDN = Variable("MYPROXY_SERVER_DN") ?? options.ServerDN;
        options.CACertDir = Variable("X509_CERT_DIR") ?? options.CACertDir;
        if (Variable("MYPROXY_SERVER_PORT") is { } port)
        {
            options.Port = ParseOr(port, -1);
        }

        if (Variable("MYPROXY_SOCKET_TIMEOUT") is { } timeout)
        {
            options.Timeout = TimeSpan.FromSeconds(ParseOr(timeout, 0));
        }

        if (Variable("MYPROXY_KEYBITS") is { } bits)
        {
            options.KeySize = ParseOr(bits, 0);
        }
    }

    // An unparsable value becomes one the validator rejects, so the user learns of the bad variable.
    private static int ParseOr(string text, int invalid) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : invalid;
}
