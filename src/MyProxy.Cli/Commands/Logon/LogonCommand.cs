using System.CommandLine;
using MyProxy.Cli.Commands.Network;
using MyProxy.Client.Operations;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Requests;
using MyProxy.Transport.Trust;

namespace MyProxy.Cli.Commands.Logon;

/// <summary><c>myproxy logon</c> (alias <c>get-delegation</c>): myproxy-logon, with its options, output line and exit status.</summary>
internal static class LogonCommand
{
    public const string RefusalLine = "Failed to receive credentials.";

    public static Command Create(CliEnvironment environment)
    {
        var network = new NetworkOptions();
        var lifetime = CToolOptions.ProxyLifetime("Lifetime of proxies delegated by the server (default 12 hours).");
        var output = new Option<string?>("--out", "-o") { Description = "Where to write the credential ('-' for standard output; default: $X509_USER_PROXY, else /tmp/x509up_u<uid>).", HelpName = "path" };
        var authorization = CToolOptions.Authorization();
        var name = CToolOptions.CredentialName();
        var stdin = CToolOptions.StdinPass();
        var trustRoots = CToolOptions.TrustRoots();
        var bootstrap = new Option<bool>("--bootstrap", "-b") { Description = "Trust the CA of the server's certificate on first contact (implies -T)." };
        var noPassphrase = CToolOptions.NoPassphrase();
        var noCredentials = new Option<bool>("--no_credentials", "-N") { Description = "Authenticate only; don't retrieve credentials (unless -o names a file)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Only output on error." };
        var voms = new Option<string[]>("--voms", "-m") { Description = "Ask the server for VOMS attributes (repeatable).", HelpName = "voms", AllowMultipleArgumentsPerToken = false };
        var certificateRequest = new Option<string?>("--certreq", "-Q") { Description = "Use this certificate request (PEM or DER file, '-' for standard input).", HelpName = "path" };
        var command = new Command("logon", "Get a proxy credential from a myproxy-server (myproxy-logon).")
        {
            lifetime, output, authorization, name, stdin, trustRoots, bootstrap, noPassphrase, noCredentials, quiet, voms, certificateRequest,
        };
        command.Aliases.Add("get-delegation");
        network.AddTo(command);
        command.Validators.Add(result =>
        {
            if (Proxy.OptionValues.Parsed(result, lifetime) is <= 0)
            {
                result.AddError("-t must be a positive number of hours.");
            }
        });
        NetworkCommandRunner.SetAction(command, network, environment, RefusalLine, async (run, cancellationToken) =>
        {
            var parse = run.ParseResult;
            var renewalPath = parse.GetValue(authorization);
            var username = run.Username(renewalPath);
            var legacy = GlobusProxyMode.LegacyForLogon(run.Environment);
            var vomses = parse.GetValue(voms) is { Length: > 0 } ? VomsUserConfiguration.Read(run.Environment) : [];

            // As myproxy-logon: -N only drops the default output file; with -o the credential is still retrieved.
            var authenticateOnly = parse.GetValue(noCredentials) && parse.GetValue(output) is null;
            var path = parse.GetValue(output) ?? ProxyFileLocation.DefaultProxyPath(run.Environment.Variables);
            if (path != "-")
            {
                // A link or a directory in the way is refused before the server issues anything.
                SecureFile.EnsureReplaceable(path);
            }

            using var renewal = renewalPath is null ? null : CredentialFile.ReadProxy(renewalPath, run.Crypto);
            var passphrase = renewal is not null || parse.GetValue(noPassphrase)
                ? string.Empty
                : MyProxyPassphrase.RequireMinimumLength(MyProxyPassphrase.Read(run.Environment, parse.GetValue(stdin)));
            var request = new LogonRequest
            {
                Username = username,
                CredentialName = parse.GetValue(name),
                Passphrase = passphrase,
                Lifetime = parse.GetValue(lifetime) is { } hours ? TimeSpan.FromHours(hours) : null,
                WantTrustRoots = parse.GetValue(trustRoots),
                Bootstrap = parse.GetValue(bootstrap),
                VONames = parse.GetValue(voms) ?? [],
                Vomses = vomses,
                RenewalCredential = renewal,
                // As myproxy-logon: the client authenticates as itself (a renewer) and answers the challenge with -a;
                // with no credential of its own, the -a credential is both.
                ClientCredential = renewal is not null && run.ClientCredentialExists ? null : renewal,
                AuthenticateOnly = authenticateOnly,
                RequestOptions = legacy ? new CertificateRequestOptions { ProxyCertInfo = null } : null,
                CertificateRequest = parse.GetValue(certificateRequest) is { } csrPath ? CertificateRequestFile.Read(csrPath) : (ReadOnlyMemory<byte>?)null,
            };
            var result = await run.Client.LogonAsync(request, cancellationToken).ConfigureAwait(false);
            using var credential = result.Credential;
            var written = authenticateOnly ? null : LogonOutput.Write(result, path, run.Crypto, run.Output);
            DisposeChainUnlessOwned(result);
            var lines = Lines(username, written, result.TrustRoots).ToList();
            if (run.Json)
            {
                NetworkCommandRunner.WriteJson(parse, new NetworkResultDocument(
                    "logon", username, result.Endpoint.ToString(), string.Join("\n", lines), Files(written, result.TrustRoots), result.Chain.Count > 0 ? result.Chain[0].Subject : null,
                    result.Chain.Count > 0 ? new DateTimeOffset(result.Chain[0].NotAfter.ToUniversalTime()) : null));
            }
            else if (!parse.GetValue(quiet) && path != "-")
            {
                foreach (var line in lines)
                {
                    await run.Output.WriteLineAsync(line).ConfigureAwait(false);
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>myproxy-logon's lines: the credential (unless -N), then the trust roots (with -T).</summary>
    private static IEnumerable<string> Lines(string username, string? written, TrustRootInstallResult? roots)
    {
        if (written is not null)
        {
            yield return $"A credential has been received for user {username} in {written}.";
        }

        if (roots is not null)
        {
            yield return GetTrustRoots.GetTrustRootsRunner.InstalledLine(roots.Directory);
        }
    }

    private static string[] Files(string? written, TrustRootInstallResult? roots) =>
        [.. written is null ? [] : new[] { written }, .. roots?.InstalledPaths ?? []];

    private static void DisposeChainUnlessOwned(LogonResult result)
    {
        if (result.Credential is null)
        {
            foreach (var certificate in result.Chain)
            {
                certificate.Dispose();
            }
        }
    }
}
