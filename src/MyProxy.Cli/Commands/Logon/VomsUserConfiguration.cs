namespace MyProxy.Cli.Commands.Logon;

/// <summary>
/// The vomses entries in <c>$VOMS_USERCONF</c> (a file, or a directory whose files are read in name order), sent as
/// <c>VOMSES=</c> lines with <c>-m</c> so the server can reach VOMS servers its own configuration does not list.
/// Each entry is 5 or 6 double-quoted fields (nick, host, port, server DN, VO[, version]); blank lines and
/// <c>#</c> comments are skipped. Unset: nothing is sent and the server uses its own <c>voms_userconf</c>.
/// </summary>
internal static class VomsUserConfiguration
{
    public const string Variable = "VOMS_USERCONF";

    public static IReadOnlyList<string> Read(CliEnvironment environment)
    {
        if (environment.Variables(Variable) is not { Length: > 0 } path)
        {
            return [];
        }

        var files = Directory.Exists(path)
            ? Directory.GetFiles(path).Order(StringComparer.Ordinal).ToArray()
            : File.Exists(path)
                ? [path]
                : throw new MyProxyException($"{Variable} names {path}, which does not exist; point it at your vomses file or directory, or unset it.");
        return files.SelectMany(ReadFile).ToList();
    }

    private static IEnumerable<string> ReadFile(string path)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            var text = line.Trim();
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }

            yield return Entry(text)
                ?? throw new MyProxyException($"{path} line {number} is not a vomses entry (\"nick\" \"host\" \"port\" \"server DN\" \"vo\" [\"version\"]); fix or remove it.");
        }
    }

    /// <summary>The entry with its fields quoted and joined by single spaces, as the server parses it; null when malformed.</summary>
    internal static string? Entry(string line)
    {
        var fields = new List<string>();
        var rest = line.AsSpan().Trim();
        while (!rest.IsEmpty)
        {
            if (rest[0] != '"')
            {
                return null;
            }

            var end = rest[1..].IndexOf('"');
            if (end < 0)
            {
                return null;
            }

            fields.Add(rest.Slice(1, end).ToString());
            rest = rest[(end + 2)..].TrimStart();
        }

        return fields.Count is 5 or 6 ? string.Join(' ', fields.Select(field => $"\"{field}\"")) : null;
    }
}
