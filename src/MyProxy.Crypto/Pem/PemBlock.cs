namespace MyProxy.Crypto.Pem;

/// <summary>One <c>-----BEGIN label-----</c> … <c>-----END label-----</c> block of a PEM text.</summary>
/// <param name="Number">The block's position in the text, from 1 (for messages).</param>
/// <param name="Label">The label, e.g. <c>CERTIFICATE</c> or <c>RSA PRIVATE KEY</c>.</param>
/// <param name="Headers">RFC 1421 headers (<c>Proc-Type</c>, <c>DEK-Info</c>) of legacy encrypted keys; names compared case-insensitively.</param>
/// <param name="Base64">The body with line breaks and spaces removed.</param>
/// <param name="Complete">Whether the block has its END line.</param>
internal sealed record PemBlock(int Number, string Label, IReadOnlyDictionary<string, string> Headers, string Base64, bool Complete)
{
    /// <summary>Whether the block carries legacy OpenSSL encryption (<c>Proc-Type: 4,ENCRYPTED</c>).</summary>
    public bool IsLegacyEncrypted =>
        Headers.TryGetValue("Proc-Type", out var procType) && procType.Replace(" ", "", StringComparison.Ordinal).Equals("4,ENCRYPTED", StringComparison.OrdinalIgnoreCase);

    /// <summary>Decodes the body.</summary>
    /// <returns>The DER bytes; the caller clears them when they hold a key.</returns>
    /// <exception cref="MyProxyCryptoException">The block has no END line or its body is not base64.</exception>
    public byte[] DecodeContent()
    {
        if (!Complete)
        {
            throw new MyProxyCryptoException($"PEM block {Number} ({Label}) has no END line; the file is truncated.");
        }

        var bytes = new byte[(Base64.Length * 3 / 4) + 3];
        if (Base64.Length == 0 || !Convert.TryFromBase64String(Base64, bytes, out var written))
        {
            throw new MyProxyCryptoException($"PEM block {Number} ({Label}) is not valid base64; the file is damaged or truncated.");
        }

        var content = bytes.AsSpan(0, written).ToArray();
        Array.Clear(bytes);
        return content;
    }

    /// <inheritdoc/>
    public override string ToString() => $"PemBlock({Number}, {Label})";
}
