using System.Buffers;

namespace MyProxy.Transport.Net;

/// <summary>
/// The bytes received and not yet decoded, in one array that doubles when full (so a message of n bytes costs
/// O(n) copying, not O(n²)) and is compacted when its front has been consumed. The decoders' limits bound its size.
/// </summary>
internal sealed class ReceiveBuffer
{
    private byte[] _bytes;
    private int _start;
    private int _end;

    public ReceiveBuffer(int initialCapacity)
    {
        _bytes = new byte[initialCapacity];
    }

    /// <summary>The bytes not yet consumed.</summary>
    public ReadOnlySpan<byte> Pending => _bytes.AsSpan(_start, _end - _start);

    public ReadOnlyMemory<byte> PendingMemory => _bytes.AsMemory(_start, _end - _start);

    public ReadOnlySequence<byte> PendingSequence => new(_bytes, _start, _end - _start);

    public int Capacity => _bytes.Length;

    public void Consume(int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _end - _start);
        _start += count;
        if (_start == _end)
        {
            _start = _end = 0;
        }
    }

    /// <summary>Free space of at least <paramref name="size"/> bytes after the pending ones, to read into.</summary>
    public Memory<byte> FreeSpace(int size)
    {
        if (_bytes.Length - _end < size)
        {
            var pending = _end - _start;
            var capacity = _bytes.Length;
            while (capacity - pending < size)
            {
                capacity *= 2;
            }

            var target = capacity == _bytes.Length ? _bytes : new byte[capacity];
            _bytes.AsSpan(_start, pending).CopyTo(target);
            if (!ReferenceEquals(target, _bytes))
            {
                Array.Clear(_bytes);
            }
            else
            {
                target.AsSpan(pending, _end - pending).Clear();
            }

            _bytes = target;
            _start = 0;
            _end = pending;
        }

        return _bytes.AsMemory(_end, size);
    }

    /// <summary>Marks <paramref name="count"/> bytes of the last <see cref="FreeSpace"/> as received.</summary>
    public void Advance(int count) => _end += count;

    /// <summary>Wipes everything (responses may carry pass phrases or keys).</summary>
    public void Clear()
    {
        Array.Clear(_bytes);
        _start = _end = 0;
    }
}
