using System.Buffers;
using System.Text;
using MyProxy.Fuzz;

namespace MyProxy.Protocol.Tests;

/// <summary>Builds multi-segment <see cref="ReadOnlySequence{T}"/> values, as a pipe delivers them.</summary>
internal static class Segments
{
    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    public static ReadOnlySequence<byte> Of(params byte[][] parts) => SegmentedSequence.Of([.. parts.Select(part => (ReadOnlyMemory<byte>)part)]);

    /// <summary>Every byte in its own segment.</summary>
    public static ReadOnlySequence<byte> OneBytePerSegment(byte[] bytes) => Of([.. bytes.Select(b => new[] { b })]);

    /// <summary>Segments of at most <paramref name="size"/> bytes.</summary>
    public static ReadOnlySequence<byte> Chunked(byte[] bytes, int size) => Of([.. bytes.Chunk(size)]);
}
