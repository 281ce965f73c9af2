using System.CommandLine;

namespace MyProxy.Cli.Commands.Network;

/// <summary>The C tools' options that several commands share, spelled as they spell them; each call makes a new instance.</summary>
internal static class CToolOptions
{
    public static Option<string?> CredentialName() => new("--credname", "-k")
    {
        Description = "The credential name (default: the user's default credential).",
        HelpName = "name",
    };

    public static Option<bool> StdinPass() => new("--stdin_pass", "-S") { Description = "Read the pass phrase from standard input." };

    public static Option<bool> NoPassphrase() => new("--no_passphrase", "-n") { Description = "Don't prompt for a pass phrase." };

    public static Option<bool> TrustRoots() => new("--trustroots", "-T") { Description = "Also get and install the server's trust roots." };

    public static Option<string?> Authorization() => new("--authorization", "-a")
    {
        Description = "The credential to renew (implies -n).",
        HelpName = "path",
    };

    public static Option<int?> ProxyLifetime(string description) => new("--proxy_lifetime", "-t")
    {
        Description = description,
        HelpName = "hours",
    };

    public static Option<string?> CertFile(params string[] aliases) => new("--certfile", aliases)
    {
        Description = "The certificate file (default: $X509_USER_CERT, else ~/.globus/usercert.pem).",
        HelpName = "filename",
    };

    public static Option<string?> KeyFile() => new("--keyfile", "-y")
    {
        Description = "The key file (default: $X509_USER_KEY, else ~/.globus/userkey.pem).",
        HelpName = "filename",
    };
}
