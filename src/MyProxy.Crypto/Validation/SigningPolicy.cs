using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using MyProxy.Crypto.Certificates;

namespace MyProxy.Crypto.Validation;

/// <summary>
/// A Globus <c>hash.signing_policy</c> file (EACL): for each <c>access_id_CA X509 '/DN'</c> with
/// <c>pos_rights globus CA:sign</c>, the <c>cond_subjects globus '"/pattern/*" ...'</c> the CA may sign.
/// Patterns are one-line DNs where <c>*</c> is any text and <c>?</c> one character, matched ignoring case.
/// </summary>
internal sealed partial class SigningPolicy
{
    private readonly List<(string Ca, bool CanSign, List<Regex> Subjects)> _entries = [];

    /// <summary>Parses the file text; unknown lines are ignored, as the Globus parser does.</summary>
    public static SigningPolicy Parse(string text)
    {
        var policy = new SigningPolicy();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            var match = Statement().Match(line);
            if (line.StartsWith('#') || !match.Success)
            {
                continue;
            }

            var value = match.Groups["value"].Value.Trim().Trim('\'');
            switch (match.Groups["key"].Value)
            {
                case "access_id_CA":
                    policy._entries.Add((value, false, []));
                    break;
                case "pos_rights" when policy._entries.Count > 0 && value.Contains("CA:sign", StringComparison.OrdinalIgnoreCase):
                    policy._entries[^1] = policy._entries[^1] with { CanSign = true };
                    break;
                case "cond_subjects" when policy._entries.Count > 0:
                    policy._entries[^1].Subjects.AddRange(Patterns(value).Select(ToRegex));
                    break;
            }
        }

        return policy;
    }

    /// <summary>Whether <paramref name="ca"/> may sign a certificate named <paramref name="subject"/> under this policy.</summary>
    public bool Permits(X509Certificate2 ca, X500DistinguishedName subject)
    {
        var caName = DistinguishedNames.ToGlobusString(ca.SubjectName);
        var subjectName = DistinguishedNames.ToGlobusString(subject);
        return _entries.Any(entry => entry.CanSign && string.Equals(entry.Ca, caName, StringComparison.OrdinalIgnoreCase)
            && entry.Subjects.Any(pattern => pattern.IsMatch(subjectName)));
    }

    private static IEnumerable<string> Patterns(string value)
    {
        var quoted = Quoted().Matches(value).Select(match => match.Groups[1].Value).ToList();
        return quoted.Count > 0 ? quoted : value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static Regex ToRegex(string pattern) =>
        new("^" + Regex.Escape(pattern).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    [GeneratedRegex(@"^(?<key>access_id_CA|pos_rights|cond_subjects)\s+\S+\s+(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Statement();

    [GeneratedRegex("\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();
}
