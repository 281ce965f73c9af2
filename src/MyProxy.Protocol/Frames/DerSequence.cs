using System.Buffers;

namespace MyProxy.Protocol.Frames;

/// <summary>
/// Finds where one DER SEQUENCE ends by reading only its header: the frames carry no other length, so the
/// DER length is the sole boundary between certificates (and between a chain and the text that follows).
/// </summary>
internal static class DerSequence
{
    /// <summary>The ASN.1 tag of a constructed SEQUENCE; certificates and PKCS#10 requests start with it.</summary>
    public const byte SequenceTag = 0x30;

    private const byte IndefiniteLength = 0x80;
    private const int MaxLengthOctets = 4;

    /// <summary>Reads the header at the start of <paramref name="data"/> without consuming anything.</summary>
    /// <param name="data">Starts at the tag byte.</param>
    /// <param name="maxTotalBytes">Largest accepted size of the whole element, header included.</param>
    /// <param name="what">What the element is, for error messages (for example "certificate 2").</param>
    /// <param name="totalLength">Header plus content length, when the header is complete.</param>
    /// <returns><see langword="false"/> when the header is not complete yet.</returns>
    public static bool TryPeekTotalLength(in ReadOnlySequence<byte> data, int maxTotalBytes, string what, out int totalLength)
    {
        Span<byte> header = stackalloc byte[2 + MaxLengthOctets];
        var available = (int)Math.Min(data.Length, header.Length);
        header = header[..available];
        data.Slice(0, available).CopyTo(header);
        return TryParseHeader(header, maxTotalBytes, what, out totalLength);
    }

    /// <summary>Checks that <paramref name="der"/> is exactly one DER SEQUENCE of the length it claims.</summary>
    /// <param name="der">The encoded element.</param>
    /// <param name="maxTotalBytes">Largest accepted size, header included.</param>
    /// <param name="what">What the element is, for error messages.</param>
    public static void ValidateSingle(ReadOnlySpan<byte> der, int maxTotalBytes, string what)
    {
        var headerBytes = der[..Math.Min(der.Length, 2 + MaxLengthOctets)];
        if (!TryParseHeader(headerBytes, maxTotalBytes, what, out var total))
        {
            throw new MyProxyProtocolException($"The {what} is truncated: its DER header is incomplete; pass the whole DER encoding.");
        }

        if (total != der.Length)
        {
            throw new MyProxyProtocolException(
                $"The {what} is {der.Length} bytes but its DER header says {total}; pass exactly one DER SEQUENCE.");
        }
    }

    private static bool TryParseHeader(ReadOnlySpan<byte> header, int maxTotalBytes, string what, out int totalLength)
    {
        totalLength = 0;
        if (header.Length == 0)
        {
            return false;
        }

        CheckTag(header[0], what);
        if (header.Length < 2)
        {
            return false;
        }

        var first = header[1];
        if (first < IndefiniteLength)
        {
            return CheckSize(2L + first, maxTotalBytes, what, out totalLength);
        }

        if (first == IndefiniteLength)
        {
            throw new MyProxyProtocolException($"The {what} uses an indefinite DER length, which DER forbids; the data is not DER.");
        }

        var octets = first & 0x7F;
        if (octets > MaxLengthOctets)
        {
            throw new MyProxyProtocolException($"The {what} claims a length of {octets} length octets, far beyond any limit; the data is corrupt.");
        }

        if (header.Length < 2 + octets)
        {
            return false;
        }

        long length = 0;
        foreach (var b in header.Slice(2, octets))
        {
            length = (length << 8) | b;
        }

        var minimal = octets == 1 ? length >= IndefiniteLength : length >> (8 * (octets - 1)) != 0;
        if (!minimal)
        {
            throw new MyProxyProtocolException($"The {what} has a DER length in non-minimal form; the data is not DER.");
        }

        return CheckSize(2L + octets + length, maxTotalBytes, what, out totalLength);
    }

    private static void CheckTag(byte tag, string what)
    {
        if (tag != SequenceTag)
        {
            throw new MyProxyProtocolException(
                $"The {what} starts with byte 0x{tag:x2}, not a DER SEQUENCE (0x30); the data is not a DER certificate or request.");
        }
    }

    private static bool CheckSize(long total, int maxTotalBytes, string what, out int totalLength)
    {
        if (total > maxTotalBytes)
        {
            throw new MyProxyProtocolException(
                $"The {what} is {total} bytes, over the limit of {maxTotalBytes} bytes (ProtocolLimits.MaxCertificateBytes for received data); raise the limit if this is genuine.");
        }

        totalLength = (int)total;
        return true;
    }
}
