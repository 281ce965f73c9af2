using System.Buffers;

namespace MyProxy.Fuzz;

/// <summary>
/// Feeds input bytes to an incremental decoder the way a connection does: in reads of varying size, each kept as
/// its own segment, calling the decoder after every read until it wants more, and once more at the end of input.
/// </summary>
internal static class Delivery
{
    private const int MaxReads = 64;
    private const int MaxSegments = 256;

    /// <summary>One decoder call: returns true when it consumed something and should be called again.</summary>
    public delegate bool Step(ref ReadOnlySequence<byte> buffer, bool isFinalBlock);

    /// <summary>Delivers <paramref name="data"/> to <paramref name="step"/>; the seed picks the read sizes.</summary>
    /// <exception cref="FuzzContractException">The decoder claimed progress without consuming a byte.</exception>
    public static void Run(byte[] data, int seed, Step step)
    {
        var reads = ReadSizes(data.Length, seed);
        var all = Segmented(data, 0, data.Length, seed);
        var consumed = 0;
        var received = 0;
        for (var read = 0; read <= reads.Count; read++)
        {
            var isFinal = read == reads.Count;
            if (!isFinal)
            {
                received += reads[read];
            }

            while (true)
            {
                var buffer = all.Slice(consumed, received - consumed);
                var before = buffer.Length;
                if (!step(ref buffer, isFinal))
                {
                    break;
                }

                var used = (int)(before - buffer.Length);
                if (used <= 0)
                {
                    throw new FuzzContractException("the decoder reported a message but consumed no bytes (it would loop forever).");
                }

                consumed += used;
            }
        }
    }

    /// <summary>The bytes [start, end) as a sequence cut at the seed's segment size.</summary>
    public static ReadOnlySequence<byte> Segmented(byte[] data, int start, int end, int seed)
    {
        var size = (seed & 3) switch
        {
            0 => int.MaxValue,
            1 => 1,
            2 => 7,
            _ => 256,
        };

        // Past a few hundred segments a test costs more than it shows; large inputs get larger segments.
        size = Math.Max(size, (end - start) / MaxSegments);
        if (end - start <= size)
        {
            return new ReadOnlySequence<byte>(data, start, end - start);
        }

        var parts = new List<ReadOnlyMemory<byte>>();
        for (var offset = start; offset < end; offset += size)
        {
            parts.Add(data.AsMemory(offset, Math.Min(size, end - offset)));
        }

        return SegmentedSequence.Of(parts);
    }

    private static List<int> ReadSizes(int length, int seed)
    {
        var sizes = new List<int>();
        var random = new Random(seed);
        var mode = (seed >> 2) & 3;
        for (var left = length; left > 0;)
        {
            var size = mode switch
            {
                0 => left,
                1 => random.Next(1, 4),
                2 => random.Next(1, 64),
                _ => random.Next(1, 4096),
            };
            size = Math.Min(Math.Max(size, length / MaxReads), left);
            sizes.Add(size);
            left -= size;
        }

        return sizes;
    }
}
