namespace MyProxy.Transport.Trust;

/// <summary>
/// Which file names from a server may be written into the trust directory: a plain name, no path separator, no
/// leading '.', no "..", no control characters, not the install log.
/// </summary>
internal static class TrustRootFileNames
{
    private const int MaxLength = 255;

    /// <summary>Why the name is refused, or <see langword="null"/> when it is safe.</summary>
    public static string? Problem(string name)
    {
        if (name.Length == 0)
        {
            return "it is empty";
        }

        if (name.Length > MaxLength)
        {
            return $"it is longer than {MaxLength} characters";
        }

        if (name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal))
        {
            return "it contains a path separator";
        }

        if (name[0] == '.')
        {
            return name.StartsWith("..", StringComparison.Ordinal) ? "it is or starts with '..'" : "it starts with '.'";
        }

        if (name.Contains("..", StringComparison.Ordinal))
        {
            return "it contains '..'";
        }

        if (name.Any(char.IsControl))
        {
            return "it contains a NUL or another control character";
        }

        return string.Equals(name, TrustRootInstaller.LogFileName, StringComparison.Ordinal)
            ? "it is the name of the install log"
            : null;
    }

    /// <summary>The name with control characters shown as escapes, for messages.</summary>
    public static string Printable(string name) =>
        string.Concat(name.Select(c => char.IsControl(c) ? $"\\x{(int)c:x2}" : c.ToString()));
}
