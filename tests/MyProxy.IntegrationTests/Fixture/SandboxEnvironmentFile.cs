using System.Text.RegularExpressions;

namespace MyProxy.IntegrationTests.Fixture;

/// <summary>
/// Reads the sandbox.env that scripts/sandbox.sh writes: shell-style <c>KEY='value'</c> lines, comments and
/// blank lines. Only the subset the script writes is understood; anything else is a bug in one of the two.
/// </summary>
internal static partial class SandboxEnvironmentFile
{
    public const string FileName = "sandbox.env";

    public static IReadOnlyDictionary<string, string> Read(string directory) =>
        Parse(File.ReadAllLines(Path.Combine(directory, FileName)));

    public static IReadOnlyDictionary<string, string> Parse(IEnumerable<string> lines)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var match = AssignmentPattern().Match(line);
            if (!match.Success)
            {
                throw new FormatException($"{FileName} line {lineNumber} is not KEY='value'; regenerate it with scripts/sandbox.sh start.");
            }

            values[match.Groups["key"].Value] = match.Groups["quoted"].Success
                ? match.Groups["quoted"].Value
                : match.Groups["bare"].Value;
        }

        return values;
    }

    [GeneratedRegex(@"^(?<key>[A-Z_][A-Z0-9_]*)=(?:'(?<quoted>[^']*)'|(?<bare>[^'\s]*))$")]
    private static partial Regex AssignmentPattern();
}
