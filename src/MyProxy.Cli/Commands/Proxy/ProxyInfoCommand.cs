using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.Json;
using MyProxy.Crypto.Credentials;
using MyProxy.Crypto.Summary;

namespace MyProxy.Cli.Commands.Proxy;

/// <summary>
/// <c>myproxy proxy info</c>: grid-proxy-info. Without options, its labelled block; with field options, those
/// fields one per line in the order given; with <c>-e</c>, exit 0 only when the proxy has enough time and bits left.
/// </summary>
internal static class ProxyInfoCommand
{
    private static readonly (ProxyInfoField Field, string Name, string[] Aliases, string Description)[] FieldOptions =
    [
        (ProxyInfoField.Subject, "--subject", ["-s"], "Print the subject DN."),
        (ProxyInfoField.Issuer, "--issuer", ["-i"], "Print the issuer DN."),
        (ProxyInfoField.Identity, "--identity", [], "Print the identity DN the proxy stands for."),
        (ProxyInfoField.Type, "--type", [], "Print the proxy type."),
        (ProxyInfoField.TimeLeft, "--timeleft", [], "Print the seconds until the proxy expires."),
        (ProxyInfoField.Strength, "--strength", [], "Print the key size in bits."),
        (ProxyInfoField.Path, "--path", [], "Print the proxy file's path."),
        (ProxyInfoField.All, "--all", [], "Print all of the above, labelled (the default)."),
    ];

    /// <summary>Makes the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var options = new ProxyInfoOptions();
        var fields = FieldOptions.ToDictionary(
            entry => (Option)new Option<bool>(entry.Name, entry.Aliases) { Description = entry.Description },
            entry => entry.Field);
        var command = new Command("info", "Show what a proxy file holds, as grid-proxy-info does.");
        options.AddTo(command);
        foreach (var option in fields.Keys)
        {
            command.Add(option);
        }

        command.Validators.Add(options.Validate);
        command.SetAction(parseResult => Run(parseResult, environment, options, SelectedFields(parseResult.CommandResult, fields)));
        return command;
    }

    private static int Run(ParseResult parseResult, CliEnvironment environment, ProxyInfoOptions options, IReadOnlyList<ProxyInfoField> selected)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var path = parseResult.GetValue(options.File) ?? ProxyFileLocation.DefaultProxyPath(environment.Variables);
        var crypto = ProxyCommandOptions.Provider(parseResult.GetValue(options.Crypto));
        CredentialSummary summary;
        using (var credential = CredentialFile.ReadProxy(path, crypto))
        {
            summary = CredentialSummary.Create(credential.Chain, environment.UtcNowInWholeSeconds(), path);
        }

        var exists = parseResult.GetValue(options.Exists);
        if (parseResult.GetValue(options.Json))
        {
            output.WriteLine(JsonSerializer.Serialize(ProxyInfoDocument.From(summary), ProxyJsonContext.Default.ProxyInfoDocument));
        }
        else if (selected.Count > 0 || !exists)
        {
            foreach (var field in selected.Count > 0 ? selected : [ProxyInfoField.All])
            {
                output.WriteLine(ProxyInfoFields.Format(summary, field));
            }
        }

        return !exists || IsSufficient(summary, options.RequiredLifetime(parseResult), parseResult.GetValue(options.Bits) ?? 0)
            ? ExitCodes.Success
            : ExitCodes.Failure;
    }

    private static bool IsSufficient(CredentialSummary summary, TimeSpan lifetime, int bits) =>
        summary.TimeLeft > TimeSpan.Zero && summary.TimeLeft >= lifetime && summary.StrengthBits >= bits;

    // In the order given on the command line, as grid-proxy-info prints them.
    private static List<ProxyInfoField> SelectedFields(CommandResult result, Dictionary<Option, ProxyInfoField> fields) =>
        result.Children.OfType<OptionResult>()
            .Where(option => fields.ContainsKey(option.Option) && option.GetValueOrDefault<bool>())
            .Select(option => fields[option.Option])
            .ToList();
}
