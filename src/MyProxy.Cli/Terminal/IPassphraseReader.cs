namespace MyProxy.Cli.Terminal;

/// <summary>
/// Reads a key pass phrase. The caller owns the returned array and clears it
/// (<see cref="Array.Clear(Array)"/>) as soon as the key is decrypted; it is never printed.
/// </summary>
internal interface IPassphraseReader
{
    /// <summary>Reads one line from standard input without prompting (<c>-S</c>, grid-proxy-init's <c>-pwstdin</c>).</summary>
    /// <returns>The pass phrase, without the line end.</returns>
    char[] ReadFromStandardInput();

    /// <summary>Shows <paramref name="prompt"/> on standard error and reads a line, without echo on a terminal.</summary>
    /// <param name="prompt">The question, for example grid-proxy-init's <c>Enter GRID pass phrase for this identity:</c>.</param>
    /// <returns>The pass phrase, without the line end.</returns>
    char[] Prompt(string prompt);
}
