namespace MyProxy.Cli;

/// <summary>
/// Turns an exception into what the user sees: a short message (at most <see cref="MaxLines"/> lines)
/// naming what failed and what to do, or the full exception with <c>--debug</c>. Messages of <see cref="MyProxyException"/> are written for users
/// and never carry secrets; anything else is an internal error and is labelled as such.
/// </summary>
internal static class ErrorReporter
{
    /// <summary>Server errors can span lines; anything longer than this is cut so a flood cannot fill the terminal.</summary>
    public const int MaxLines = 3;

    public static int Report(Exception exception, TextWriter error, bool debug)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(error);
        if (debug)
        {
            error.WriteLine(exception.ToString());
            return ExitCodes.Failure;
        }

        var message = exception switch
        {
            MyProxyException e => e.Message,
            IOException e => $"I/O error: {e.Message}",
            UnauthorizedAccessException e => $"Permission denied: {e.Message}",
            _ => $"internal error ({exception.GetType().Name}); run again with --debug and report it.",
        };
        error.WriteLine($"myproxy: {Shorten(message)}");
        return ExitCodes.Failure;
    }

    /// <summary>
    /// Longest line shown: a safety net only. Our own messages (which may name long paths) stay under it, and the
    /// server text they quote is already cut to about 200 characters (<see cref="ServerText"/>, <c>Printable</c>).
    /// </summary>
    public const int MaxLineLength = 1000;

    /// <summary>At most <see cref="MaxLines"/> lines of at most <see cref="MaxLineLength"/> characters, control characters replaced.</summary>
    public static string Shorten(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var lines = message.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select(Printable).ToArray();
        return lines.Length <= MaxLines
            ? string.Join(Environment.NewLine, lines)
            : string.Join(Environment.NewLine, lines[..MaxLines]) + " [...]";
    }

    private static string Printable(string line)
    {
        var clean = string.Concat(line.Select(c => char.IsControl(c) ? '?' : c));
        return clean.Length <= MaxLineLength ? clean : clean[..MaxLineLength] + " [...]";
    }
}
