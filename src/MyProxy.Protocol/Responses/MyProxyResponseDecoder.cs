using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace MyProxy.Protocol.Responses;

/// <summary>
/// Decodes server responses incrementally, in the style of System.IO.Pipelines: each call takes the unread
/// bytes, skips leading NULs (a TLS 1.3 server sends one after the handshake), and consumes exactly one
/// NUL-terminated text message, leaving whatever follows (the next message or a binary frame) in the buffer.
/// Any malformed input raises <see cref="MyProxyProtocolException"/> and nothing else.
/// </summary>
/// <remarks>Stateless apart from its limits, so one instance can serve any number of connections.</remarks>
public sealed class MyProxyResponseDecoder
{
    /// <summary>Creates a decoder.</summary>
    /// <param name="limits">The limits to enforce; <see cref="ProtocolLimits.Default"/> when <see langword="null"/>.</param>
    public MyProxyResponseDecoder(ProtocolLimits? limits = null)
    {
        Limits = limits ?? ProtocolLimits.Default;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Limits.MaxMessageBytes, nameof(limits));
        ArgumentOutOfRangeException.ThrowIfNegative(Limits.MaxTrustRootFiles, nameof(limits));
    }

    /// <summary>A decoder with the default limits.</summary>
    public static MyProxyResponseDecoder Default { get; } = new();

    /// <summary>The limits this decoder enforces.</summary>
    public ProtocolLimits Limits { get; }

    /// <summary>Decodes one message from the start of <paramref name="buffer"/> when it is complete.</summary>
    /// <param name="buffer">
    /// The unread bytes. On return it starts after the consumed message (and any leading NULs), so the caller
    /// can mark <c>buffer.Start</c> as consumed.
    /// </param>
    /// <param name="response">The decoded response, or <see langword="null"/> when more bytes are needed.</param>
    /// <returns><see langword="true"/> when a whole message was decoded; <see langword="false"/> to read more.</returns>
    /// <exception cref="MyProxyProtocolException">The message is malformed or larger than <see cref="ProtocolLimits.MaxMessageBytes"/>.</exception>
    public bool TryDecode(ref ReadOnlySequence<byte> buffer, [NotNullWhen(true)] out MyProxyResponse? response)
    {
        var reader = new SequenceReader<byte>(buffer);
        reader.AdvancePast(0);
        if (!reader.TryReadTo(out ReadOnlySequence<byte> message, (byte)0, advancePastDelimiter: true))
        {
            CheckIncomplete(reader.Remaining);
            buffer = buffer.Slice(reader.Position);
            response = null;
            return false;
        }

        CheckComplete(message.Length);
        response = message.IsSingleSegment
            ? ResponseParser.Parse(message.FirstSpan, Limits)
            : ResponseParser.Parse(message.ToArray(), Limits);
        buffer = buffer.Slice(reader.Position);
        return true;
    }

    /// <summary>
    /// Reads one NUL-terminated payload that is not a <c>KEY=value</c> message, such as the stored credential
    /// (PEM) a RETRIEVE sends after its first OK. Leading NULs are not skipped: they would be an empty payload.
    /// </summary>
    /// <param name="buffer">The unread bytes; on success it starts after the payload's NUL.</param>
    /// <param name="payload">The payload bytes without the NUL, copied out of <paramref name="buffer"/>.</param>
    /// <returns><see langword="true"/> when the whole payload has arrived; <see langword="false"/> to read more.</returns>
    /// <exception cref="MyProxyProtocolException">The payload is larger than <see cref="ProtocolLimits.MaxMessageBytes"/>.</exception>
    /// <remarks>
    /// A server that fails at this point sends an error message instead; check <see cref="StartsWithMessage"/> first.
    /// </remarks>
    public bool TryReadPayload(ref ReadOnlySequence<byte> buffer, [NotNullWhen(true)] out byte[]? payload)
    {
        var reader = new SequenceReader<byte>(buffer);
        if (!reader.TryReadTo(out ReadOnlySequence<byte> content, (byte)0, advancePastDelimiter: true))
        {
            CheckIncomplete(buffer.Length);
            payload = null;
            return false;
        }

        CheckComplete(content.Length);
        payload = content.ToArray();
        buffer = buffer.Slice(reader.Position);
        return true;
    }

    /// <summary>
    /// Whether the unread bytes begin with a text message (<c>VERSION=</c>, after any NULs) rather than a
    /// payload or binary frame.
    /// </summary>
    /// <param name="buffer">The unread bytes.</param>
    /// <returns>
    /// <see langword="true"/> or <see langword="false"/> once enough bytes are there to tell;
    /// <see langword="null"/> when more bytes are needed.
    /// </returns>
    public static bool? StartsWithMessage(ReadOnlySequence<byte> buffer)
    {
        var reader = new SequenceReader<byte>(buffer);
        reader.AdvancePast(0);
        var prefix = "VERSION="u8;
        Span<byte> start = stackalloc byte[8];
        var available = (int)Math.Min(reader.Remaining, prefix.Length);
        reader.TryCopyTo(start[..available]);
        if (!prefix.StartsWith(start[..available]))
        {
            return false;
        }

        return available == prefix.Length ? true : null;
    }

    /// <summary>Decodes one message from the start of a contiguous buffer when it is complete.</summary>
    /// <param name="buffer">The unread bytes.</param>
    /// <param name="response">The decoded response, or <see langword="null"/> when more bytes are needed.</param>
    /// <param name="bytesConsumed">
    /// How many bytes to drop from the front of <paramref name="buffer"/>: the message, its NUL and any leading
    /// NULs (also when more bytes are needed).
    /// </param>
    /// <returns><see langword="true"/> when a whole message was decoded; <see langword="false"/> to read more.</returns>
    /// <exception cref="MyProxyProtocolException">The message is malformed or too large.</exception>
    public bool TryDecode(ReadOnlySpan<byte> buffer, [NotNullWhen(true)] out MyProxyResponse? response, out int bytesConsumed)
    {
        var start = buffer.IndexOfAnyExcept((byte)0);
        if (start < 0)
        {
            bytesConsumed = buffer.Length;
            response = null;
            return false;
        }

        var length = buffer[start..].IndexOf((byte)0);
        if (length < 0)
        {
            CheckIncomplete(buffer.Length - start);
            bytesConsumed = start;
            response = null;
            return false;
        }

        CheckComplete(length);
        response = ResponseParser.Parse(buffer.Slice(start, length), Limits);
        bytesConsumed = start + length + 1;
        return true;
    }

    /// <summary>Decodes a buffer that holds exactly one whole message (leading NULs allowed).</summary>
    /// <param name="message">The bytes, ending with the NUL terminator.</param>
    /// <returns>The decoded response.</returns>
    /// <exception cref="MyProxyProtocolException">
    /// The message is malformed, too large, has no NUL terminator, or is followed by more bytes.
    /// </exception>
    public MyProxyResponse Decode(ReadOnlySpan<byte> message)
    {
        if (!TryDecode(message, out var response, out var consumed))
        {
            throw new MyProxyProtocolException("The server's response ended before its NUL terminator; the message is truncated.");
        }

        if (consumed != message.Length)
        {
            throw new MyProxyProtocolException($"{message.Length - consumed} unexpected bytes follow the server's response.");
        }

        return response;
    }

    private void CheckIncomplete(long bytesWithoutTerminator)
    {
        // The terminator still has to come, so the message will be at least one byte longer than this.
        if (bytesWithoutTerminator >= Limits.MaxMessageBytes)
        {
            throw TooLarge();
        }
    }

    private void CheckComplete(long bytesWithoutTerminator)
    {
        if (bytesWithoutTerminator + 1 > Limits.MaxMessageBytes)
        {
            throw TooLarge();
        }
    }

    private MyProxyProtocolException TooLarge() => new(
        $"The server's response is larger than {Limits.MaxMessageBytes} bytes (ProtocolLimits.MaxMessageBytes); raise the limit if the server is trusted.");
}
