namespace MyProxy.Cli;

/// <summary>
/// The process exit codes of <c>myproxy</c>. Success and failure match the C MyProxy tools (0 and 1), so
/// scripts written for them keep working; usage errors get their own code so wrappers can tell them apart.
/// </summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The command failed: the server refused, the network failed, a file or credential was bad.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself was wrong (unknown option, missing or malformed value).</summary>
    public const int UsageError = 2;
}
