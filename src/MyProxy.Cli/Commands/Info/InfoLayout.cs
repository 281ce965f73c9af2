using MyProxy.Cli.Commands.Network;
using MyProxy.Cli.Commands.Proxy;
using MyProxy.Protocol.Responses;

namespace MyProxy.Cli.Commands.Info;

/// <summary>myproxy-info's layout, line for line: the username, then per credential its owner and indented fields.</summary>
internal static class InfoLayout
{
    /// <summary>The text myproxy-info prints, each line ending in a newline.</summary>
    public static string Format(string username, IReadOnlyList<CredentialInfo> credentials, DateTimeOffset now)
    {
        var text = new System.Text.StringBuilder();
        text.Append("username: ").Append(username).Append('\n');
        foreach (var credential in credentials)
        {
            text.Append("owner: ").Append(credential.Owner).Append('\n');
            Field(text, "name", credential.Name);
            Field(text, "description", credential.Description);
            Field(text, "retrieval policy", credential.Retrievers);
            Field(text, "renewal policy", credential.Renewers);
            Field(text, "key retrieval policy", credential.KeyRetrievers);
            Field(text, "trusted retrieval policy", credential.TrustedRetrievers);
            Field(text, "locked", credential.LockMessage);
            if (credential.EndTime is { } end)
            {
                Field(text, "timeleft", ProxyInfoFields.TimeLeft(end > now ? end - now : TimeSpan.Zero));
            }
        }

        return text.ToString();
    }

    /// <summary>The credentials for <c>--json</c>.</summary>
    public static IReadOnlyList<CredentialInfoDocument> Documents(IReadOnlyList<CredentialInfo> credentials, DateTimeOffset now) =>
        credentials.Select(c => new CredentialInfoDocument(
            c.Name, c.Description, c.Owner, c.StartTime, c.EndTime,
            c.EndTime is { } end ? ProxyInfoFields.Seconds(end - now) : null,
            c.Retrievers, c.Renewers, c.KeyRetrievers, c.TrustedRetrievers, c.LockMessage)).ToList();

    private static void Field(System.Text.StringBuilder text, string label, string? value)
    {
        if (value is not null)
        {
            text.Append("  ").Append(label).Append(": ").Append(value).Append('\n');
        }
    }
}
