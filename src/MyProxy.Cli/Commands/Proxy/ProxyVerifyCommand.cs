using System.CommandLine;
using System.Text.Json;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Summary;
using MyProxy.Crypto.Validation;
using MyProxy.Transport.Trust;

namespace MyProxy.Cli.Commands.Proxy;

/// <summary>
/// <c>myproxy proxy verify</c>: validates a proxy file's chain and key against a trust directory with
/// <see cref="ProxyChainValidator"/>. Exit 0 when valid; else exit 1 and the first broken rule on one line.
/// </summary>
internal static class ProxyVerifyCommand
{
    /// <summary>Makes the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var file = ProxyCommandOptions.ProxyFile();
        var json = ProxyCommandOptions.Json();
        var crypto = ProxyCommandOptions.Crypto();
        var trust = new Option<string?>("--ca-dir")
        {
            Description = "The trust directory (default: $X509_CERT_DIR, else ~/.globus/certificates, else /etc/grid-security/certificates).",
            HelpName = "DIR",
        };
        var independentBelowLimited = new Option<bool>("--allow-independent-below-limited")
        {
            Description = "Accept an independent proxy signed by a limited one, as the Globus Toolkit does (refused by default, as canl-java does).",
        };
        var command = new Command("verify", "Check that a proxy file holds a valid chain to a trusted CA, and the key of its first certificate.")
        {
            file, trust, json, crypto, independentBelowLimited,
        };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file) ?? ProxyFileLocation.DefaultProxyPath(environment.Variables);
            var directory = parseResult.GetValue(trust) ?? new TrustRootDirectory(environment.Variables, Environment.IsPrivilegedProcess).LocateForValidation()
                ?? TrustRootDirectory.SystemDirectory;
            var provider = ProxyCommandOptions.Provider(parseResult.GetValue(crypto));
            using var credential = CredentialFile.ReadProxy(path, provider);
            var options = new ProxyValidationOptions { AllowIndependentBelowLimited = parseResult.GetValue(independentBelowLimited) };
            var validator = new ProxyChainValidator(provider, CertificateAuthorityDirectory.Load(directory), options, environment.Time);
            var result = validator.ValidateCredential(credential);
            var now = environment.UtcNowInWholeSeconds();
            var summary = CredentialSummary.Create(credential.Chain, now, path);
            var document = Document(result, summary, now);
            var configuration = parseResult.InvocationConfiguration;
            if (parseResult.GetValue(json))
            {
                configuration.Output.WriteLine(JsonSerializer.Serialize(document, ProxyJsonContext.Default.ProxyVerifyDocument));
            }
            else if (result.IsValid)
            {
                configuration.Output.WriteLine(
                    $"valid: {document.Type} for {document.Identity}, {CredentialSummary.FormatTimeLeft(TimeSpan.FromSeconds(document.TimeLeft))} left");
            }
            else
            {
                configuration.Error.WriteLine($"myproxy: {path} is not valid: {Reason(result.Failures[0])}");
            }

            return result.IsValid ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }

    /// <summary>The one-line reason: which certificate, what was wrong, and the rule's name.</summary>
    public static string Reason(ChainValidationFailure failure) => $"{failure} [{failure.Rule}]";

    private static ProxyVerifyDocument Document(ChainValidationResult result, CredentialSummary summary, DateTimeOffset now)
    {
        var notAfter = result.NotAfter ?? summary.NotAfter;
        return new ProxyVerifyDocument(
            result.IsValid,
            summary.TypeDescription,
            result.Identity ?? summary.Identity,
            ProxyInfoFields.Seconds(notAfter > now ? notAfter - now : TimeSpan.Zero),
            result.TrustAnchor is { } anchor ? Crypto.Certificates.DistinguishedNames.ToGlobusString(anchor.SubjectName) : null,
            result.Failures.Select(failure => new ProxyVerifyFailure(failure.CertificateIndex, failure.Subject, failure.Rule.ToString(), failure.Message)).ToList());
    }
}
