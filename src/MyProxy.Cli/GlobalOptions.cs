using System.CommandLine;

namespace MyProxy.Cli;

/// <summary>Options that every <c>myproxy</c> command accepts.</summary>
internal static class GlobalOptions
{
    /// <summary><c>--debug</c>: show stack traces on failure. Never on by default.</summary>
    public static Option<bool> Debug { get; } = new("--debug")
    {
        Description = "Show the full stack trace when a command fails (for bug reports).",
        Recursive = true,
    };
}
