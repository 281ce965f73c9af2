using System.CommandLine;
using MyProxy.Cli.Commands.Network;
using MyProxy.Client.Operations;
using MyProxy.Crypto.Credentials;

namespace MyProxy.Cli.Commands.Retrieve;

/// <summary><c>myproxy retrieve</c>: myproxy-retrieve. Writes the stored certificate and its key (decrypted), each 0600, never over an existing file.</summary>
internal static class RetrieveCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var network = new NetworkOptions();
        var authorization = CToolOptions.Authorization();
        var name = CToolOptions.CredentialName();
        var certificate = CToolOptions.CertFile("-c");
        var key = CToolOptions.KeyFile();
        var stdin = CToolOptions.StdinPass();
        var trustRoots = CToolOptions.TrustRoots();
        var noPassphrase = CToolOptions.NoPassphrase();
        var command = new Command("retrieve", "Retrieve a stored end-entity credential (myproxy-retrieve).") { authorization, name, certificate, key, stdin, trustRoots, noPassphrase };
        network.AddTo(command);
        NetworkCommandRunner.SetAction(command, network, environment, "Failed to receive credentials.", async (run, cancellationToken) =>
        {
            var parse = run.ParseResult;
            var renewalPath = parse.GetValue(authorization);
            var username = run.Username(renewalPath);
            var certificatePath = parse.GetValue(certificate) ?? ProxyFileLocation.UserCertificatePath(run.Environment.Variables);
            var keyPath = parse.GetValue(key) ?? ProxyFileLocation.UserKeyPath(run.Environment.Variables);
            foreach (var path in new[] { certificatePath, keyPath })
            {
                if (PrivateFile.Exists(path))
                {
                    throw new CToolMessageException($"{path} exists.");
                }
            }

            using var renewal = renewalPath is null ? null : CredentialFile.ReadProxy(renewalPath, run.Crypto);
            // As myproxy-retrieve: authenticate with the user's credential when there is one (key-retriever policies name DNs).
            using var located = renewal is null ? LocatedCredential.Read(run) : null;
            var passphrase = renewal is not null || parse.GetValue(noPassphrase) ? string.Empty : MyProxyPassphrase.Read(run.Environment, parse.GetValue(stdin));
            var request = new RetrieveRequest
            {
                Username = username,
                CredentialName = parse.GetValue(name),
                Passphrase = passphrase,
                WantTrustRoots = parse.GetValue(trustRoots),
                RenewalCredential = renewal,
                ClientCredential = renewal ?? located,
            };
            var result = await run.Client.RetrieveAsync(request, cancellationToken).ConfigureAwait(false);
            using var credential = result.Credential;
            WritePair(certificatePath, string.Concat(result.CertificatePem.Select(pem => pem.TrimEnd() + "\n")), keyPath, PrivateFile.UnencryptedKeyPem(credential.PrivateKey));
            var message = $"Credentials for {username} have been stored in\n{certificatePath} and\n{keyPath}.";
            if (run.Json)
            {
                NetworkCommandRunner.WriteJson(parse, new NetworkResultDocument("retrieve", username, result.Endpoint.ToString(), message, [certificatePath, keyPath], credential.Certificate.Subject));
            }
            else
            {
                await run.Output.WriteLineAsync(message).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    // Both files or neither: a certificate without its key is a partial result.
    private static void WritePair(string certificatePath, string certificatePem, string keyPath, string keyPem)
    {
        PrivateFile.WriteNew(certificatePath, certificatePem);
        try
        {
            PrivateFile.WriteNew(keyPath, keyPem);
        }
        catch
        {
            File.Delete(certificatePath);
            throw;
        }
    }
}
