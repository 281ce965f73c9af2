using System.Text;

namespace MyProxy;

/// <summary>
/// Server-supplied text made fit to show a user: at most <see cref="MaxLines"/> lines of at most
/// <see cref="MaxLineLength"/> characters, control characters (terminal escapes, carriage returns, bells) replaced
/// by '?'. A misbehaving server can send a megabyte of error text; the terminal sees three short lines.
/// </summary>
public static class ServerText
{
    /// <summary>Most lines shown.</summary>
    public const int MaxLines = 3;

    /// <summary>Most characters shown of one line.</summary>
    public const int MaxLineLength = 200;

    private const string Cut = " [...]";

    /// <summary>The lines to show: the first <see cref="MaxLines"/>, each made safe; a last line says how many were left out.</summary>
    /// <param name="lines">The server's lines (for example <see cref="MyProxyServerException.ServerErrors"/>).</param>
    /// <returns>At most <see cref="MaxLines"/> safe lines.</returns>
    public static IReadOnlyList<string> Lines(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count <= MaxLines)
        {
            return [.. lines.Select(Line)];
        }

        return [.. lines.Take(MaxLines - 1).Select(Line), $"[{lines.Count - MaxLines + 1} more lines from the server not shown]"];
    }

    /// <summary>All the lines joined by spaces into one safe line.</summary>
    /// <param name="lines">The server's lines.</param>
    /// <returns>One line of at most <see cref="MaxLineLength"/> characters (and a cut mark).</returns>
    public static string Summary(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var joined = new StringBuilder();
        foreach (var line in lines)
        {
            if (joined.Length > MaxLineLength)
            {
                break;
            }

            joined.Append(joined.Length == 0 ? string.Empty : " ").Append(line);
        }

        return Line(joined.ToString());
    }

    /// <summary>One line made safe: control characters replaced by '?', cut at <see cref="MaxLineLength"/> characters.</summary>
    /// <param name="text">The server's text.</param>
    /// <returns>The safe line.</returns>
    public static string Line(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var length = Math.Min(text.Length, MaxLineLength);
        var builder = new StringBuilder(length + Cut.Length);
        foreach (var character in text.AsSpan(0, length))
        {
            builder.Append(char.IsControl(character) ? '?' : character);
        }

        return text.Length > MaxLineLength ? builder.Append(Cut).ToString() : builder.ToString();
    }
}
