using System.CommandLine;
using System.Globalization;
using MyProxy.Cli.Commands.Network;
using MyProxy.Cli.Commands.Proxy;
using MyProxy.Client.Operations;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Proxies;

namespace MyProxy.Cli.Commands.Init;

/// <summary>
/// <c>myproxy init</c>: myproxy-init. Makes a short-lived local proxy from the user's certificate and key itself
/// (as grid-proxy-init, in a temporary 0600 file that is zero-filled and removed afterwards), authenticates with it,
/// and delegates a proxy of <c>-c</c> hours to the server under the MyProxy pass phrase.
/// </summary>
internal static class InitCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var network = new NetworkOptions();
        var policies = new PolicyOptions(withKeyRetrievers: false);
        var credentialLifetime = new Option<int?>("--cred_lifetime", "-c") { Description = "Lifetime of the proxy delegated to the server, in hours (default 168; 0: as long as the certificate).", HelpName = "hours" };
        var lifetime = CToolOptions.ProxyLifetime("Lifetime of proxies delegated by the server (default 12 hours).");
        var certificate = CToolOptions.CertFile("-C");
        var key = CToolOptions.KeyFile();
        var stdin = CToolOptions.StdinPass();
        var noPassphrase = CToolOptions.NoPassphrase();
        var name = CToolOptions.CredentialName();
        var localProxy = new Option<bool>("--local_proxy", "-L") { Description = "Also keep a local proxy of -t hours ($X509_USER_PROXY, else /tmp/x509up_u<uid>)." };
        var voms = new Option<string[]>("--voms", "-m") { Description = "Include VOMS attributes (not supported).", HelpName = "voms" };
        var command = new Command("init", "Delegate a proxy of your credential to a myproxy-server (myproxy-init).")
        {
            credentialLifetime, lifetime, certificate, key, stdin, noPassphrase, name, localProxy, voms,
        };
        policies.AddTo(command);
        network.AddTo(command);
        command.Validators.Add(result =>
        {
            if (OptionValues.Parsed(result, credentialLifetime) is < 0 || OptionValues.Parsed(result, lifetime) is <= 0)
            {
                result.AddError("-c must be 0 or more hours and -t a positive number of hours.");
            }
        });
        NetworkCommandRunner.SetAction(command, network, environment, null, async (run, cancellationToken) =>
        {
            var parse = run.ParseResult;
            if (parse.GetValue(voms) is { Length: > 0 })
            {
                throw new MyProxyException("-m needs a VOMS server contacted from this machine (myproxy-init runs voms-proxy-init), which myproxy init does not do; make the proxy with voms-proxy-init and store it with myproxy store, or drop -m.");
            }

            var username = run.Username(parse.GetValue(certificate) ?? ProxyFileLocation.UserCertificatePath(run.Environment.Variables));
            var hours = parse.GetValue(credentialLifetime) ?? 168;
            if (parse.GetValue(localProxy))
            {
                SecureFile.EnsureReplaceable(ProxyFileLocation.DefaultProxyPath(run.Environment.Variables));
            }

            var temporary = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"myproxy-proxy.{Environment.ProcessId}.{Guid.NewGuid():N}"));
            var runner = new ProxyInitRunner(run.Environment, run.Json ? TextWriter.Null : run.Output, new ProxyInitRequest(
                parse.GetValue(certificate), parse.GetValue(key), temporary,
                new ProxyOptions { Lifetime = hours == 0 ? TimeSpan.FromDays(365 * 100) : TimeSpan.FromHours(hours), Key = LocalKey(run), Format = LocalFormat(run) },
                parse.GetValue(stdin), Quiet: run.Json, run.Crypto, CertificateOption: "-C", KeyOption: "-y"));
            try
            {
                runner.Run();
                using var proxy = CredentialFile.ReadProxy(temporary, run.Crypto);
                var passphrase = parse.GetValue(noPassphrase) || policies.ImpliesNoPassphrase(parse)
                    ? string.Empty
                    : MyProxyPassphrase.RequireMinimumLength(MyProxyPassphrase.ReadVerified(run.Environment, parse.GetValue(stdin)));
                var delegated = proxy.Certificate.NotAfter.ToUniversalTime() - run.Environment.Time.GetUtcNow().UtcDateTime;
                var request = new PutRequest
                {
                    Username = username,
                    CredentialName = parse.GetValue(name),
                    Passphrase = passphrase,
                    CredentialLifetime = delegated,
                    MaxRetrievalLifetime = parse.GetValue(lifetime) is { } t ? TimeSpan.FromHours(t) : null,
                    Policies = policies.From(parse),
                    ClientCredential = proxy,
                };
                var result = await PutAsync(run, request, cancellationToken).ConfigureAwait(false);
                if (parse.GetValue(localProxy))
                {
                    KeepLocalProxy(run, proxy, parse.GetValue(lifetime) ?? 12);
                }

                var validHours = (int)Math.Round(delegated.TotalHours);
                var message = string.Create(CultureInfo.InvariantCulture, $"A proxy valid for {validHours} hours ({validHours / 24.0:0.0} days) for user {username} now exists on {run.ServerName}.");
                if (run.Json)
                {
                    NetworkCommandRunner.WriteJson(parse, new NetworkResultDocument("init", username, result.Endpoint.ToString(), message, Subject: result.DelegatedChain[0].Subject));
                }
                else
                {
                    await run.Output.WriteLineAsync(message).ConfigureAwait(false);
                }

                return ExitCodes.Success;
            }
            finally
            {
                CredentialFile.Destroy(temporary);
            }
        });
        return command;
    }

    private static Crypto.Keys.KeySpecification LocalKey(NetworkInvocation run) =>
        run.ClientOptions.KeyType == Client.MyProxyKeyType.EC
            ? run.ClientOptions.KeySize == 384 ? Crypto.Keys.KeySpecification.EcP384 : Crypto.Keys.KeySpecification.EcP256
            : Crypto.Keys.KeySpecification.Rsa(run.ClientOptions.KeySize);

    private static async Task<PutResult> PutAsync(NetworkInvocation run, PutRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await run.Client.PutAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (MyProxyException exception) when (exception is not MyProxyServerException && GlobusProxyMode.LegacyForInit(run.Environment))
        {
            // GSI on OpenSSL 3 refuses a legacy proxy signed by a certificate without keyCertSign, so such servers
            // drop the connection instead of answering; myproxy-init fails earlier, in grid-proxy-init -old -verify.
            throw new MyProxyException(
                $"{exception.Message.TrimEnd('.')}; GT_PROXY_MODE=old made the proxy presented a legacy one, which servers built on OpenSSL 3 refuse: unset GT_PROXY_MODE or set it to rfc.",
                exception);
        }
    }

    /// <summary>myproxy-init runs <c>grid-proxy-init -old</c> when <c>GT_PROXY_MODE=old</c>; RFC 3820 otherwise.</summary>
    private static ProxyCertificateFormat? LocalFormat(NetworkInvocation run) =>
        GlobusProxyMode.LegacyForInit(run.Environment) ? ProxyCertificateFormat.Legacy : null;

    private static void KeepLocalProxy(NetworkInvocation run, X509Credential issuer, int hours)
    {
        using var local = new ProxyFactory(run.Crypto, run.Environment.Time).CreateProxy(issuer, new ProxyOptions { Lifetime = TimeSpan.FromHours(hours), Key = LocalKey(run), Format = LocalFormat(run) });
        CredentialFile.WriteProxy(ProxyFileLocation.DefaultProxyPath(run.Environment.Variables), local, run.Crypto);
    }
}
