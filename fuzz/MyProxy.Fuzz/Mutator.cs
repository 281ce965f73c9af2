using System.Buffers.Binary;
using System.Text;

namespace MyProxy.Fuzz;

/// <summary>
/// A havoc-style mutation engine (stacked random edits, as AFL's havoc stage does): bit flips, interesting bytes
/// and lengths, inserted, deleted, duplicated and spliced ranges, and tokens from the target's dictionary.
/// </summary>
internal sealed class Mutator
{
    private static readonly byte[] InterestingBytes = [0x00, 0x01, 0x02, 0x0a, 0x20, 0x2c, 0x3a, 0x3d, 0x30, 0x7f, 0x80, 0x81, 0x82, 0x83, 0x84, 0xfe, 0xff];
    private static readonly string[] InterestingNumbers = ["0", "-1", "1", "255", "256", "4294967296", "9223372036854775808", "99999999999999999999", "1e9", "+1"];

    private readonly Random _random;
    private readonly IReadOnlyList<byte[]> _tokens;
    private readonly int _maxLength;

    public Mutator(Random random, IReadOnlyList<byte[]> tokens, int maxLength)
    {
        _random = random;
        _tokens = tokens;
        _maxLength = maxLength;
    }

    /// <summary>A mutated copy of <paramref name="input"/>, spliced at times with <paramref name="other"/>.</summary>
    public byte[] Mutate(byte[] input, byte[] other)
    {
        var data = new List<byte>(input);
        for (var edits = 1 << _random.Next(0, 4); edits > 0; edits--)
        {
            Edit(data, other);
        }

        return data.Count > _maxLength ? [.. data.GetRange(0, _maxLength)] : [.. data];
    }

    private void Edit(List<byte> data, byte[] other)
    {
        switch (_random.Next(data.Count == 0 ? 6 : 14))
        {
            case 0: data.InsertRange(Position(data, 1), Token()); break;
            case 1: data.InsertRange(Position(data, 1), RandomBytes(_random.Next(1, 16))); break;
            case 2: data.InsertRange(Position(data, 1), Slice(other)); break;
            case 3: data.InsertRange(Position(data, 1), Encoding.ASCII.GetBytes(InterestingNumbers[_random.Next(InterestingNumbers.Length)])); break;
            case 4: data.Insert(Position(data, 1), InterestingBytes[_random.Next(InterestingBytes.Length)]); break;
            case 5: data.InsertRange(Position(data, 1), Length()); break;
            case 6: data[Position(data, 0)] ^= (byte)(1 << _random.Next(8)); break;
            case 7: data[Position(data, 0)] = InterestingBytes[_random.Next(InterestingBytes.Length)]; break;
            case 8: data[Position(data, 0)] = (byte)_random.Next(256); break;
            case 9: Delete(data); break;
            case 10: Duplicate(data); break;
            case 11: Overwrite(data, Token()); break;
            case 12: Overwrite(data, Length()); break;
            default: Truncate(data); break;
        }
    }

    private int Position(List<byte> data, int extra) => _random.Next(data.Count + extra);

    private byte[] Token() => _tokens.Count == 0 ? RandomBytes(1) : _tokens[_random.Next(_tokens.Count)];

    private byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        _random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>A DER-style or 32-bit length near a boundary, so length fields point just past or far beyond the data.</summary>
    private byte[] Length()
    {
        var value = _random.Next(4) switch
        {
            0 => _random.Next(0, 130),
            1 => 0x7f + _random.Next(-2, 3),
            2 => 0xffff + _random.Next(-2, 3),
            _ => int.MaxValue - _random.Next(0, 3),
        };
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        return _random.Next(2) == 0 ? bytes : [(byte)(0x80 | _random.Next(1, 5)), .. bytes[_random.Next(0, 4)..]];
    }

    private byte[] Slice(byte[] other)
    {
        if (other.Length == 0)
        {
            return [];
        }

        var start = _random.Next(other.Length);
        return other[start..Math.Min(other.Length, start + _random.Next(1, 256))];
    }

    private void Truncate(List<byte> data)
    {
        var at = Position(data, 0);
        data.RemoveRange(at, data.Count - at);
    }

    private void Delete(List<byte> data)
    {
        var start = Position(data, 0);
        data.RemoveRange(start, Math.Min(data.Count - start, _random.Next(1, 64)));
    }

    private void Duplicate(List<byte> data)
    {
        var start = Position(data, 0);
        var range = data.GetRange(start, Math.Min(data.Count - start, _random.Next(1, 256)));
        for (var copies = _random.Next(1, 8); copies > 0 && data.Count < _maxLength; copies--)
        {
            data.InsertRange(Position(data, 1), range);
        }
    }

    private void Overwrite(List<byte> data, byte[] bytes)
    {
        var start = Position(data, 0);
        for (var i = 0; i < bytes.Length && start + i < data.Count; i++)
        {
            data[start + i] = bytes[i];
        }
    }
}
