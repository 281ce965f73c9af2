namespace MyProxy.Cli.Commands.InstallAliases;

/// <summary>The C tools' names and the subcommands they run: <c>myproxy-logon -s h</c> is <c>myproxy logon -s h</c>.</summary>
internal static class AliasNames
{
    public static IReadOnlyDictionary<string, string> Subcommands { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["myproxy-logon"] = "logon",
        ["myproxy-get-delegation"] = "get-delegation",
        ["myproxy-init"] = "init",
        ["myproxy-store"] = "store",
        ["myproxy-retrieve"] = "retrieve",
        ["myproxy-info"] = "info",
        ["myproxy-destroy"] = "destroy",
        ["myproxy-change-pass-phrase"] = "change-passphrase",
        ["myproxy-get-trustroots"] = "get-trustroots",
    };

    /// <summary>The arguments to parse: <paramref name="args"/> after the subcommand <paramref name="programName"/> stands for, if it is a C tool's name.</summary>
    /// <param name="programName">The name the process was started under (argv[0]).</param>
    /// <param name="args">The arguments after it.</param>
    public static string[] Dispatch(string? programName, string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var name = Path.GetFileName(programName ?? string.Empty);
        return Subcommands.TryGetValue(name, out var subcommand) ? [subcommand, .. args] : args;
    }

    /// <summary>The real argv[0] on Linux (<c>/proc/self/cmdline</c>; .NET reports the resolved binary instead), else the command-line's first element.</summary>
    public static string? ProgramName()
    {
        try
        {
            var commandLine = File.ReadAllText("/proc/self/cmdline");
            var end = commandLine.IndexOf('\0', StringComparison.Ordinal);
            return end > 0 ? commandLine[..end] : Environment.GetCommandLineArgs()[0];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Environment.GetCommandLineArgs()[0];
        }
    }
}
