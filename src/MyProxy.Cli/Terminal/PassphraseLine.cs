namespace MyProxy.Cli.Terminal;

/// <summary>
/// Reads one line of a pass phrase into a <see cref="char"/> array, one character at a time, so that no
/// immutable string copy of it is left behind; every intermediate buffer is cleared.
/// </summary>
internal static class PassphraseLine
{
    /// <summary>The longest pass phrase accepted; longer input is refused rather than silently cut.</summary>
    public const int MaximumLength = 1024;

    /// <summary>Reads up to the next <c>\n</c> (a preceding <c>\r</c> is dropped) or the end of input.</summary>
    /// <param name="reader">Standard input, or a test's reader.</param>
    /// <returns>The line.</returns>
    /// <exception cref="MyProxyException">The input ended before any character, or the line is too long.</exception>
    public static char[] Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var buffer = new PassphraseBuffer();
        var ended = true;
        for (var next = reader.Read(); next >= 0; next = reader.Read())
        {
            ended = false;
            if (next == '\n')
            {
                break;
            }

            buffer.Append((char)next);
        }

        if (ended)
        {
            throw new MyProxyException("no pass phrase was given: standard input is empty; give it on the first line (or drop -S to be asked).");
        }

        return buffer.ToArrayAndClear(trimCarriageReturn: true);
    }
}
