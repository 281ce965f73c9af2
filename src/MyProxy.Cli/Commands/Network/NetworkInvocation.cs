using System.CommandLine;
using MyProxy.Cli.Commands.Proxy;
using MyProxy.Client;
using MyProxy.Client.Strategies;
using MyProxy.Crypto;

namespace MyProxy.Cli.Commands.Network;

/// <summary>What a network command's body works with: its parse result, the environment and the client.</summary>
internal sealed record NetworkInvocation(ParseResult ParseResult, NetworkOptions Options, CliEnvironment Environment, MyProxyClient Client, MyProxyClientOptions ClientOptions)
{
    public TextWriter Output => ParseResult.InvocationConfiguration.Output;

    public TextWriter Error => ParseResult.InvocationConfiguration.Error;

    public bool Json => ParseResult.GetValue(Options.Json);

    public ICryptoProvider Crypto => CryptoProviders.For(ClientOptions.Crypto);

    /// <summary>The server as the user named it (first of a list), for the C tools' messages.</summary>
    public string ServerName => (ClientOptions.Host ?? string.Empty).Split(',')[0].Split(':')[0];

    /// <summary>Whether a client credential is where the C tools look for one (X509_USER_PROXY, /tmp/x509up_u&lt;uid&gt;, X509_USER_CERT, ~/.globus).</summary>
    public bool ClientCredentialExists => LocatedCredential()?.CertificatePath is { } path && File.Exists(path);

    /// <summary>
    /// <c>-l</c>; else with <c>-d</c> the identity of <paramref name="credentialPath"/> (or of the located client
    /// credential); else <c>$LOGNAME</c>; else the C tools' <c>Please specify a username.</c>
    /// </summary>
    public string Username(string? credentialPath = null)
    {
        if (ParseResult.GetValue(Options.Username) is { Length: > 0 } given)
        {
            return given;
        }

        if (ParseResult.GetValue(Options.DnAsUsername))
        {
            var path = credentialPath
                ?? LocatedCredential()?.CertificatePath
                ?? throw new MyProxyException("-d needs a client credential to take the username from, and none was found; create a proxy or give -l.");
            return UserIdentity.Read(path, Environment.Time.GetUtcNow());
        }

        return Environment.Variables("LOGNAME") is { Length: > 0 } logname
            ? logname
            : throw new CToolMessageException("Please specify a username.");
    }

    private CredentialLocation? LocatedCredential() =>
        new GlobusCredentialLocator(new VariablesEnvironmentReader(Environment.Variables)).Locate();
}
