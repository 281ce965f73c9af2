using System.Buffers;

namespace MyProxy.Protocol.Frames;

/// <summary>
/// Incremental decoder for a binary message that is exactly one DER SEQUENCE with no other framing — the
/// PKCS#10 certificate request the server sends during PUT (and the client sends during GET). It consumes the
/// DER element and leaves what follows in the buffer.
/// </summary>
public sealed class DerMessageDecoder
{
    /// <summary>Creates a decoder enforcing <paramref name="limits"/>.</summary>
    /// <param name="limits">
    /// <see cref="ProtocolLimits.MaxCertificateBytes"/> bounds the element; <see cref="ProtocolLimits.Default"/> when null.
    /// </param>
    public DerMessageDecoder(ProtocolLimits? limits = null)
    {
        Limits = limits ?? ProtocolLimits.Default;
    }

    /// <summary>The limits this decoder enforces.</summary>
    public ProtocolLimits Limits { get; }

    /// <summary>Decodes one DER SEQUENCE from the start of <paramref name="buffer"/>, if it is all there.</summary>
    /// <param name="buffer">Received bytes; on success it is advanced past the element.</param>
    /// <param name="der">A copy of the whole element, header included, when this returns <see langword="true"/>.</param>
    /// <returns><see langword="false"/> when more bytes are needed (nothing consumed).</returns>
    /// <exception cref="UnexpectedServerMessageException">The server sent a text message instead (nothing consumed).</exception>
    /// <exception cref="MyProxyProtocolException">The bytes are not a DER SEQUENCE or exceed the limit.</exception>
    public bool TryDecode(ref ReadOnlySequence<byte> buffer, out ReadOnlyMemory<byte> der)
    {
        var status = Decode(ref buffer, isFinalBlock: false, out der);
        if (status == BinaryFrameStatus.ServerMessage)
        {
            throw new UnexpectedServerMessageException(
                "The MyProxy server sent a text message instead of a certificate request; decode it as a response to read the server's error.");
        }

        return status == BinaryFrameStatus.Complete;
    }

    /// <summary>Decodes one DER SEQUENCE, reporting a text message from the server without throwing.</summary>
    /// <param name="buffer">Received bytes; advanced past the element only when the result is <see cref="BinaryFrameStatus.Complete"/>.</param>
    /// <param name="der">A copy of the whole element when the result is <see cref="BinaryFrameStatus.Complete"/>.</param>
    /// <returns>Whether an element was decoded, more data is needed, or the server sent a text message.</returns>
    /// <exception cref="MyProxyProtocolException">The bytes are not a DER SEQUENCE or exceed the limit.</exception>
    public BinaryFrameStatus Decode(ref ReadOnlySequence<byte> buffer, out ReadOnlyMemory<byte> der) =>
        Decode(ref buffer, isFinalBlock: false, out der);

    /// <summary>Decodes one DER SEQUENCE; with <paramref name="isFinalBlock"/> an incomplete element is an error.</summary>
    /// <param name="buffer">Received bytes; advanced past the element only when the result is <see cref="BinaryFrameStatus.Complete"/>.</param>
    /// <param name="isFinalBlock"><see langword="true"/> when the connection has ended and no more bytes will come.</param>
    /// <param name="der">A copy of the whole element when the result is <see cref="BinaryFrameStatus.Complete"/>.</param>
    /// <returns>Whether an element was decoded, more data is needed, or the server sent a text message.</returns>
    /// <exception cref="MyProxyProtocolException">
    /// The bytes are not a DER SEQUENCE, exceed the limit, or (final block) stop before the element ends.
    /// </exception>
    public BinaryFrameStatus Decode(ref ReadOnlySequence<byte> buffer, bool isFinalBlock, out ReadOnlyMemory<byte> der)
    {
        der = ReadOnlyMemory<byte>.Empty;
        if (!buffer.IsEmpty && buffer.FirstSpan[0] == TextMessage.FirstByte)
        {
            return BinaryFrameStatus.ServerMessage;
        }

        if (!DerSequence.TryPeekTotalLength(buffer, Limits.MaxCertificateBytes, "certificate request", out var length)
            || buffer.Length < length)
        {
            return isFinalBlock
                ? throw new MyProxyProtocolException("The certificate request ends early; the connection closed before all of it arrived.")
                : BinaryFrameStatus.NeedMoreData;
        }

        der = buffer.Slice(0, length).ToArray();
        buffer = buffer.Slice(length);
        return BinaryFrameStatus.Complete;
    }
}
