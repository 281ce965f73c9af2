using System.Buffers;

namespace MyProxy.Protocol.Tests.Frames;

/// <summary>Builds synthetic DER SEQUENCEs and multi-segment buffers for frame tests.</summary>
internal static class TestDer
{
    /// <summary>A DER SEQUENCE with <paramref name="contentLength"/> filler bytes, in minimal length form.</summary>
    public static byte[] Sequence(int contentLength, byte fill = 0x5A)
    {
        var header = Header(contentLength);
        var der = new byte[header.Length + contentLength];
        header.CopyTo(der, 0);
        der.AsSpan(header.Length).Fill(fill);
        return der;
    }

    /// <summary>The tag and minimal length octets for a SEQUENCE of <paramref name="contentLength"/> bytes.</summary>
    public static byte[] Header(long contentLength)
    {
        if (contentLength < 0x80)
        {
            return [0x30, (byte)contentLength];
        }

        var octets = new List<byte>();
        for (var v = contentLength; v > 0; v >>= 8)
        {
            octets.Insert(0, (byte)v);
        }

        return [0x30, (byte)(0x80 | octets.Count), .. octets];
    }

    /// <summary>Concatenates byte arrays.</summary>
    public static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    /// <summary>A sequence split into segments of at most <paramref name="segmentSize"/> bytes.</summary>
    public static ReadOnlySequence<byte> Segmented(byte[] data, int segmentSize = 1) => Segments.Chunked(data, segmentSize);
}
