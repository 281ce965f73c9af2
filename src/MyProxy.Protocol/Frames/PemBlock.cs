namespace MyProxy.Protocol.Frames;

/// <summary>
/// Finds PEM blocks (<c>-----BEGIN label-----</c> ... <c>-----END label-----</c>) in text. The blocks are kept as
/// text, byte for byte, because the protocol carries them as-is; decoding the base64 is the crypto layer's job.
/// </summary>
internal readonly record struct PemBlock(string Label, string Text)
{
    private const string BeginPrefix = "-----BEGIN ";
    private const string EndPrefix = "-----END ";
    private const string Dashes = "-----";

    /// <summary>Whether the block holds a private key (PKCS#1, PKCS#8, encrypted PKCS#8, EC).</summary>
    public bool IsPrivateKey => Label.EndsWith("PRIVATE KEY", StringComparison.Ordinal);

    /// <summary>Whether the block holds an X.509 certificate.</summary>
    public bool IsCertificate => Label == "CERTIFICATE";

    /// <summary>Splits <paramref name="text"/> into PEM blocks; text between blocks is ignored.</summary>
    /// <param name="text">The PEM text.</param>
    /// <param name="what">What the text is, for error messages.</param>
    /// <returns>The blocks in order, each without a trailing line break.</returns>
    /// <exception cref="MyProxyProtocolException">A block has no matching END line.</exception>
    public static List<PemBlock> ParseAll(string text, string what)
    {
        var blocks = new List<PemBlock>();
        var position = 0;
        while (true)
        {
            var begin = text.IndexOf(BeginPrefix, position, StringComparison.Ordinal);
            if (begin < 0)
            {
                return blocks;
            }

            var labelStart = begin + BeginPrefix.Length;
            var labelEnd = text.IndexOf(Dashes, labelStart, StringComparison.Ordinal);
            if (labelEnd < 0)
            {
                throw new MyProxyProtocolException($"The {what} has a PEM BEGIN line that never ends; the PEM data is corrupt.");
            }

            var label = text[labelStart..labelEnd];
            var endLine = EndPrefix + label + Dashes;
            var end = text.IndexOf(endLine, labelEnd, StringComparison.Ordinal);
            if (end < 0 || label.Contains('\n', StringComparison.Ordinal))
            {
                throw new MyProxyProtocolException($"The {what} has a PEM block '{Sanitize(label)}' without its END line; the PEM data is truncated or corrupt.");
            }

            position = end + endLine.Length;
            blocks.Add(new PemBlock(label, text[begin..position]));
        }
    }

    /// <summary>Parses text that must be exactly one PEM block (surrounding whitespace allowed).</summary>
    /// <param name="text">The PEM text.</param>
    /// <param name="what">What the text is, for error messages.</param>
    /// <returns>The block, without surrounding whitespace.</returns>
    /// <exception cref="MyProxyProtocolException">The text is not exactly one block.</exception>
    public static PemBlock ParseSingle(string text, string what)
    {
        var blocks = ParseAll(text, what);
        if (blocks.Count != 1 || text.Trim().Length != blocks[0].Text.Length)
        {
            throw new MyProxyProtocolException($"The {what} must be exactly one PEM block; pass one BEGIN/END block and nothing else.");
        }

        return blocks[0];
    }

    private static string Sanitize(string label) => label.Length > 40 ? label[..40] : label.Replace('\n', ' ');
}
