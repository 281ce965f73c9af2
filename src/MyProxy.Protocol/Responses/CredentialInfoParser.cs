using System.Globalization;

namespace MyProxy.Protocol.Responses;

/// <summary>
/// Reads the credential list of an INFO response (gct <c>myproxy_serialize_response_ex</c>): the first
/// credential uses <c>CRED_&lt;FIELD&gt;</c> keys (plus <c>CRED_NAME</c> when it is named), every further one
/// <c>CRED_&lt;name&gt;_&lt;FIELD&gt;</c>, and <c>ADDL_CREDS</c> lists those further names. Names may contain
/// <c>_</c>, so a key is matched against the listed names, longest first, never split on <c>_</c>.
/// </summary>
internal static class CredentialInfoParser
{
    public const string KeyPrefix = "CRED_";
    public const string AdditionalNamesKey = "ADDL_CREDS";
    private const string NameField = "NAME";

    private static readonly HashSet<string> Fields =
        new(["DESC", "START_TIME", "END_TIME", "OWNER", "RETRIEVER", "KEYRETRIEVERS", "RETRIEVER_TRUSTED", "RENEWER", "LOCKMSG"], StringComparer.Ordinal);

    public static IReadOnlyList<CredentialInfo> Parse(ResponseFields fields)
    {
        var names = AdditionalNames(fields.Single(AdditionalNamesKey));
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        var others = names.ToDictionary(name => name, _ => new Dictionary<string, string>(StringComparer.Ordinal), StringComparer.Ordinal);
        var longestFirst = names.OrderByDescending(name => name.Length).ToArray();
        foreach (var (key, value) in fields.Lines)
        {
            if (!key.StartsWith(KeyPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = key[KeyPrefix.Length..];
            if (rest == NameField || Fields.Contains(rest))
            {
                Add(first, rest, key, value);
            }
            else if (FindNamed(rest, longestFirst) is var (name, field))
            {
                Add(others[name], field, key, value);
            }
        }

        var credentials = new List<CredentialInfo>(names.Count + 1);
        if (first.Count > 0)
        {
            credentials.Add(Build(first.GetValueOrDefault(NameField) is { Length: > 0 } firstName ? firstName : null, first));
        }

        credentials.AddRange(names.Select(name => Build(name, others[name])));
        return credentials;
    }

    private static List<string> AdditionalNames(string? list)
    {
        if (string.IsNullOrEmpty(list))
        {
            return [];
        }

        var names = list.Split(',');
        if (names.Any(name => name.Length == 0))
        {
            throw new MyProxyProtocolException("The INFO response's ADDL_CREDS list contains an empty credential name.");
        }

        if (names.Distinct(StringComparer.Ordinal).Count() != names.Length)
        {
            throw new MyProxyProtocolException("The INFO response's ADDL_CREDS list names a credential twice.");
        }

        return [.. names];
    }

    private static (string Name, string Field)? FindNamed(string rest, string[] longestFirst)
    {
        foreach (var name in longestFirst)
        {
            if (rest.Length > name.Length + 1 && rest.StartsWith(name, StringComparison.Ordinal) && rest[name.Length] == '_')
            {
                var field = rest[(name.Length + 1)..];
                if (Fields.Contains(field))
                {
                    return (name, field);
                }
            }
        }

        return null;
    }

    private static void Add(Dictionary<string, string> credential, string field, string key, string value)
    {
        if (!credential.TryAdd(field, value))
        {
            throw new MyProxyProtocolException($"The INFO response repeats the {Printable.Of(key)} line.");
        }
    }

    private static CredentialInfo Build(string? name, Dictionary<string, string> values) => new()
    {
        Name = name,
        Description = values.GetValueOrDefault("DESC"),
        Owner = values.GetValueOrDefault("OWNER"),
        StartTime = Time(values, "START_TIME", name),
        EndTime = Time(values, "END_TIME", name),
        Retrievers = values.GetValueOrDefault("RETRIEVER"),
        Renewers = values.GetValueOrDefault("RENEWER"),
        KeyRetrievers = values.GetValueOrDefault("KEYRETRIEVERS"),
        TrustedRetrievers = values.GetValueOrDefault("RETRIEVER_TRUSTED"),
        LockMessage = values.GetValueOrDefault("LOCKMSG"),
    };

    private static DateTimeOffset? Time(Dictionary<string, string> values, string field, string? name)
    {
        if (!values.TryGetValue(field, out var text))
        {
            return null;
        }

        const long MinUnixSeconds = -62_135_596_800;
        const long MaxUnixSeconds = 253_402_300_799;
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds)
            || seconds < MinUnixSeconds || seconds > MaxUnixSeconds)
        {
            var which = name is null ? "the first credential" : $"credential '{Printable.Of(name)}'";
            throw new MyProxyProtocolException($"The INFO response's {field} for {which} is not a Unix time in seconds.");
        }

        return DateTimeOffset.FromUnixTimeSeconds(seconds);
    }
}
