namespace MyProxy.Cli.Commands.Proxy;

/// <summary>
/// Accepts the grid-proxy-* tools' single-dash spellings (<c>-pwstdin</c>, <c>-valid 1:00</c>, <c>-rfc</c>,
/// <c>-file F</c>, ...) by rewriting them to the <c>proxy</c> commands' own options before parsing, so that
/// scripts keep working while help shows one spelling per option.
/// </summary>
internal static class GridToolSpellings
{
    private static readonly Dictionary<string, string[]> Common = new(StringComparer.Ordinal)
    {
        ["-file"] = ["--file"],
        ["-valid"] = ["--valid"],
        ["-hours"] = ["--hours"],
        ["-bits"] = ["--bits"],
    };

    private static readonly Dictionary<string, Dictionary<string, string[]>> BySubcommand = new(StringComparer.Ordinal)
    {
        ["init"] = new(StringComparer.Ordinal)
        {
            ["-cert"] = ["--cert"],
            ["-key"] = ["--key"],
            ["-out"] = ["--out"],
            ["-limited"] = ["--limited"],
            ["-independent"] = ["--independent"],
            ["-path-length"] = ["--path-length"],
            ["-pwstdin"] = ["--stdin-pass"],
            ["-rfc"] = ["--format", "rfc"],
            ["-draft"] = ["--format", "draft"],
            ["-old"] = ["--format", "legacy"],
        },
        ["info"] = new(StringComparer.Ordinal)
        {
            ["-subject"] = ["--subject"],
            ["-issuer"] = ["--issuer"],
            ["-identity"] = ["--identity"],
            ["-type"] = ["--type"],
            ["-timeleft"] = ["--timeleft"],
            ["-strength"] = ["--strength"],
            ["-path"] = ["--path"],
            ["-all"] = ["--all"],
            ["-exists"] = ["--exists"],
        },
        ["verify"] = new(StringComparer.Ordinal) { ["-certdir"] = ["--ca-dir"] },
        ["destroy"] = new(StringComparer.Ordinal) { ["-dryrun"] = ["--dry-run"] },
    };

    /// <summary>The arguments with every grid-tool spelling after <c>proxy &lt;subcommand&gt;</c> replaced.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The rewritten command line (the same tokens when it is not a <c>proxy</c> command).</returns>
    public static string[] Rewrite(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var commandAt = Array.FindIndex(args, argument => !argument.StartsWith('-'));
        if (commandAt < 0 || commandAt + 1 >= args.Length || args[commandAt] != "proxy"
            || !BySubcommand.TryGetValue(args[commandAt + 1], out var spellings))
        {
            return args;
        }

        var rewritten = new List<string>(args.Length + 1);
        rewritten.AddRange(args.Take(commandAt + 2));
        foreach (var argument in args.Skip(commandAt + 2))
        {
            rewritten.AddRange(spellings.TryGetValue(argument, out var replacement) || Common.TryGetValue(argument, out replacement)
                ? replacement
                : [argument]);
        }

        return [.. rewritten];
    }
}
