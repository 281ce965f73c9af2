using System.Buffers;
using System.Text;

namespace MyProxy.Protocol.Frames;

/// <summary>
/// Incremental decoder for a NUL-terminated <see cref="CredentialPemPayload"/>: the stored credential the server
/// sends during RETRIEVE (and what a server receives during STORE). It consumes the text and its NUL and leaves
/// what follows (the final <c>VERSION=...RESPONSE=0</c> message) in the buffer.
/// </summary>
public sealed class CredentialPemPayloadDecoder
{
    private const byte Nul = 0;

    /// <summary>Creates a decoder enforcing <paramref name="limits"/>.</summary>
    /// <param name="limits"><see cref="ProtocolLimits.MaxMessageBytes"/> bounds the payload; <see cref="ProtocolLimits.Default"/> when null.</param>
    public CredentialPemPayloadDecoder(ProtocolLimits? limits = null)
    {
        Limits = limits ?? ProtocolLimits.Default;
    }

    /// <summary>The limits this decoder enforces.</summary>
    public ProtocolLimits Limits { get; }

    /// <summary>Decodes the payload, reporting a text message from the server without throwing.</summary>
    /// <param name="buffer">Received bytes; advanced past the NUL only when the result is <see cref="BinaryFrameStatus.Complete"/>.</param>
    /// <param name="payload">The decoded credential when the result is <see cref="BinaryFrameStatus.Complete"/>.</param>
    /// <returns>Whether a payload was decoded, more data is needed, or the server sent a response message instead.</returns>
    /// <exception cref="MyProxyProtocolException">The text is not a credential or exceeds <see cref="ProtocolLimits.MaxMessageBytes"/>.</exception>
    public BinaryFrameStatus Decode(ref ReadOnlySequence<byte> buffer, out CredentialPemPayload? payload) =>
        Decode(ref buffer, isFinalBlock: false, out payload);

    /// <summary>Decodes the payload; with <paramref name="isFinalBlock"/> a payload without its NUL is an error.</summary>
    /// <param name="buffer">Received bytes; advanced past the NUL only when the result is <see cref="BinaryFrameStatus.Complete"/>.</param>
    /// <param name="isFinalBlock"><see langword="true"/> when the connection has ended and no more bytes will come.</param>
    /// <param name="payload">The decoded credential when the result is <see cref="BinaryFrameStatus.Complete"/>.</param>
    /// <returns>Whether a payload was decoded, more data is needed, or the server sent a response message instead.</returns>
    /// <exception cref="MyProxyProtocolException">
    /// The text is not a credential, exceeds <see cref="ProtocolLimits.MaxMessageBytes"/>, or (final block) has no NUL.
    /// </exception>
    public BinaryFrameStatus Decode(ref ReadOnlySequence<byte> buffer, bool isFinalBlock, out CredentialPemPayload? payload)
    {
        payload = null;
        if (!buffer.IsEmpty && buffer.FirstSpan[0] == TextMessage.FirstByte)
        {
            return BinaryFrameStatus.ServerMessage;
        }

        var nul = buffer.PositionOf(Nul);
        var textLength = nul is { } end ? buffer.Slice(0, end).Length : buffer.Length;
        if (textLength > Limits.MaxMessageBytes)
        {
            throw new MyProxyProtocolException(
                $"The credential from the server exceeds {Limits.MaxMessageBytes} bytes (ProtocolLimits.MaxMessageBytes); raise the limit if this is genuine.");
        }

        if (nul is null)
        {
            return isFinalBlock
                ? throw new MyProxyProtocolException("The credential from the server ends without its NUL terminator; the connection closed early.")
                : BinaryFrameStatus.NeedMoreData;
        }

        payload = CredentialPemPayload.Parse(ToAscii(buffer.Slice(0, textLength)));
        buffer = buffer.Slice(textLength + 1);
        return BinaryFrameStatus.Complete;
    }

    /// <summary>Decodes the payload if it is all there.</summary>
    /// <param name="buffer">Received bytes; on success it is advanced past the NUL.</param>
    /// <param name="payload">The decoded credential, when this returns <see langword="true"/>.</param>
    /// <returns><see langword="false"/> when more bytes are needed (nothing consumed).</returns>
    /// <exception cref="UnexpectedServerMessageException">The server sent a response message instead (nothing consumed).</exception>
    /// <exception cref="MyProxyProtocolException">The text is not a credential or exceeds the limit.</exception>
    public bool TryDecode(ref ReadOnlySequence<byte> buffer, out CredentialPemPayload? payload)
    {
        var status = Decode(ref buffer, isFinalBlock: false, out payload);
        if (status == BinaryFrameStatus.ServerMessage)
        {
            throw new UnexpectedServerMessageException(
                "The MyProxy server sent a response message instead of the stored credential; decode it as a response to read the server's error.");
        }

        return status == BinaryFrameStatus.Complete;
    }

    private static string ToAscii(ReadOnlySequence<byte> text)
    {
        foreach (var segment in text)
        {
            if (segment.Span.IndexOfAnyExceptInRange((byte)1, (byte)0x7F) >= 0)
            {
                throw new MyProxyProtocolException("The credential from the server holds non-ASCII bytes; PEM text is ASCII only.");
            }
        }

        return Encoding.ASCII.GetString(text);
    }
}
