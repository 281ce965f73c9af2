namespace MyProxy.Cli;

/// <summary>
/// Turns an exception into what the user sees: one line naming what failed and what to do, or the
/// full exception with <c>--debug</c>. Messages of <see cref="MyProxyException"/> are written for users
/// and never carry secrets; anything else is an internal error and is labelled as such.
/// </summary>
internal static class ErrorReporter
{
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
        error.WriteLine($"myproxy: {FirstLine(message)}");
        return ExitCodes.Failure;
    }

    private static string FirstLine(string message)
    {
        var newline = message.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? message : message[..newline].TrimEnd('\r');
    }
}
