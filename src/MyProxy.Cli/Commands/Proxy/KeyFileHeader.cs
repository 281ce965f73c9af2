namespace MyProxy.Cli.Commands.Proxy;

/// <summary>
/// Tells from a key file's PEM header whether the key is encrypted, so that the pass phrase is asked for only
/// when it is needed (as OpenSSL's callback does for grid-proxy-init). Only the header lines are read.
/// </summary>
internal static class KeyFileHeader
{
    private const int MaximumHeaderLines = 64;

    /// <summary>Whether the first private-key block is PKCS#8-encrypted or a legacy <c>Proc-Type: 4,ENCRYPTED</c> block.</summary>
    /// <param name="path">The key file.</param>
    /// <returns><see langword="false"/> as well when the file cannot be read: reading the key then reports why.</returns>
    public static bool IsEncrypted(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            return IsEncrypted(reader);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Whether the first private-key block read from <paramref name="reader"/> is encrypted.</summary>
    /// <param name="reader">The PEM text.</param>
    /// <returns>Whether a pass phrase is needed.</returns>
    public static bool IsEncrypted(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        for (var count = 0; count < MaximumHeaderLines && reader.ReadLine() is { } line; count++)
        {
            if (!line.StartsWith("-----BEGIN ", StringComparison.Ordinal) || !line.Contains("PRIVATE KEY-----", StringComparison.Ordinal))
            {
                continue;
            }

            return line.Contains("ENCRYPTED", StringComparison.Ordinal)
                || reader.ReadLine() is { } next && next.StartsWith("Proc-Type:", StringComparison.Ordinal) && next.Contains("ENCRYPTED", StringComparison.Ordinal);
        }

        return false;
    }
}
