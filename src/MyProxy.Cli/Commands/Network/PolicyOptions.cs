using System.CommandLine;
using MyProxy.Client.Operations;

namespace MyProxy.Cli.Commands.Network;

/// <summary>
/// myproxy-init's and myproxy-store's policy options. <c>-x</c>/<c>-X</c> switch the matching mode for the policy
/// options that follow them, so each policy is turned into its wire form in command-line order.
/// </summary>
internal sealed class PolicyOptions
{
    private readonly bool _withKeyRetrievers;

    public PolicyOptions(bool withKeyRetrievers)
    {
        _withKeyRetrievers = withKeyRetrievers;
    }

    public Option<bool> AnonymousRetrievers { get; } = new("--allow_anonymous_retrievers", "-a") { Description = "Allow retrieval with just username and pass phrase." };

    public Option<bool> AnonymousRenewers { get; } = new("--allow_anonymous_renewers", "-A") { Description = "Allow renewal by any client (not recommended)." };

    public Option<bool> Regex { get; } = new("--regex_dn_match", "-x") { Description = "Regular-expression matching for the policy options that follow." };

    public Option<bool> CommonName { get; } = new("--match_cn_only", "-X") { Description = "CN matching (default) for the policy options that follow." };

    public Option<string?> Retrievers { get; } = new("--retrievable_by", "-r") { Description = "Who may retrieve the credential.", HelpName = "dn" };

    public Option<string?> Renewers { get; } = new("--renewable_by", "-R") { Description = "Who may renew the credential (implies -n for init).", HelpName = "dn" };

    public Option<string?> TrustedRetrievers { get; } = new("--retrievable_by_cert", "-Z") { Description = "Who may retrieve without a pass phrase (implies -n for init).", HelpName = "dn" };

    public Option<string?> KeyRetrievers { get; } = new("--retrieve_key", "-E") { Description = "Who may retrieve the key itself.", HelpName = "dn" };

    public Option<string?> Description { get; } = new("--creddesc", "-K") { Description = "The credential's description.", HelpName = "desc" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { AnonymousRetrievers, AnonymousRenewers, Regex, CommonName, Retrievers, Renewers, TrustedRetrievers, Description })
        {
            command.Add(option);
        }

        if (_withKeyRetrievers)
        {
            command.Add(KeyRetrievers);
        }
    }

    /// <summary>The policies as they go on the wire (the facade sends them as given).</summary>
    public CredentialPolicies From(ParseResult parseResult)
    {
        var wire = new Dictionary<Option, string>();
        var regex = false;
        var tokens = parseResult.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var value = tokens[i].Value;
            if (Regex.Aliases.Contains(value) || value == Regex.Name)
            {
                regex = true;
            }
            else if (CommonName.Aliases.Contains(value) || value == CommonName.Name)
            {
                regex = false;
            }
            else if (PolicyNamed(value) is { } option && i + 1 < tokens.Count)
            {
                var policy = tokens[++i].Value;
                wire[option] = regex ? policy : $"*/CN={policy}";
            }
        }

        return new CredentialPolicies
        {
            Retrievers = wire.GetValueOrDefault(Retrievers) ?? (parseResult.GetValue(AnonymousRetrievers) ? "*" : null),
            Renewers = wire.GetValueOrDefault(Renewers) ?? (parseResult.GetValue(AnonymousRenewers) ? "*" : null),
            TrustedRetrievers = wire.GetValueOrDefault(TrustedRetrievers),
            KeyRetrievers = wire.GetValueOrDefault(KeyRetrievers),
            Description = parseResult.GetValue(Description),
            Matching = PolicyMatching.RegularExpression,
        };
    }

    /// <summary>Whether the policies allow use without a pass phrase (<c>-R</c>, <c>-Z</c>: init then implies <c>-n</c>).</summary>
    public bool ImpliesNoPassphrase(ParseResult parseResult) =>
        parseResult.GetResult(Renewers) is not null || parseResult.GetResult(TrustedRetrievers) is not null;

    private Option? PolicyNamed(string token) =>
        new[] { Retrievers, Renewers, TrustedRetrievers, KeyRetrievers }.FirstOrDefault(option => option.Name == token || option.Aliases.Contains(token));
}
