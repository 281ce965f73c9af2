using System.Buffers;

namespace MyProxy.Protocol.Frames;

/// <summary>
/// Incremental decoder for a <see cref="CertificateChainFrame"/> arriving over a stream. It splits certificates by
/// their DER headers, consumes exactly the frame, and leaves whatever follows (typically the final
/// <c>VERSION=MYPROXYv2\nRESPONSE=0\n\0</c>) in the buffer. It keeps no state between calls: call again with
/// the same, longer buffer when it asks for more data.
/// </summary>
public sealed class CertificateChainDecoder
{
    /// <summary>Creates a decoder enforcing <paramref name="limits"/>.</summary>
    /// <param name="limits">Bounds on certificate count and size; <see cref="ProtocolLimits.Default"/> when null.</param>
    public CertificateChainDecoder(ProtocolLimits? limits = null)
    {
        Limits = limits ?? ProtocolLimits.Default;
    }

    /// <summary>The limits this decoder enforces.</summary>
    public ProtocolLimits Limits { get; }

    /// <summary>Decodes a chain frame from the start of <paramref name="buffer"/>, if it is all there.</summary>
    /// <param name="buffer">Received bytes; on success it is advanced past the frame.</param>
    /// <param name="frame">The decoded frame, when this returns <see langword="true"/>.</param>
    /// <returns><see langword="false"/> when more bytes are needed (nothing consumed).</returns>
    /// <exception cref="UnexpectedServerMessageException">The server sent a text message instead (nothing consumed).</exception>
    /// <exception cref="MyProxyProtocolException">The bytes are not a valid chain frame or exceed the limits.</exception>
    public bool TryDecode(ref ReadOnlySequence<byte> buffer, out CertificateChainFrame? frame)
    {
        var status = Decode(ref buffer, isFinalBlock: false, out frame);
        if (status == BinaryFrameStatus.ServerMessage)
        {
            throw new UnexpectedServerMessageException(
                "The MyProxy server sent a text message instead of a certificate chain; decode it as a response to read the server's error.");
        }

        return status == BinaryFrameStatus.Complete;
    }

    /// <summary>Decodes a chain frame, reporting a text message from the server without throwing.</summary>
    /// <param name="buffer">Received bytes; advanced past the frame only when the result is <see cref="BinaryFrameStatus.Complete"/>.</param>
    /// <param name="frame">The decoded frame when the result is <see cref="BinaryFrameStatus.Complete"/>.</param>
    /// <returns>Whether a frame was decoded, more data is needed, or the server sent a text message.</returns>
    /// <exception cref="MyProxyProtocolException">The bytes are not a valid chain frame or exceed the limits.</exception>
    public BinaryFrameStatus Decode(ref ReadOnlySequence<byte> buffer, out CertificateChainFrame? frame) =>
        Decode(ref buffer, isFinalBlock: false, out frame);

    /// <summary>Decodes a chain frame; with <paramref name="isFinalBlock"/> an incomplete frame is an error.</summary>
    /// <param name="buffer">Received bytes; advanced past the frame only when the result is <see cref="BinaryFrameStatus.Complete"/>.</param>
    /// <param name="isFinalBlock"><see langword="true"/> when the connection has ended and no more bytes will come.</param>
    /// <param name="frame">The decoded frame when the result is <see cref="BinaryFrameStatus.Complete"/>.</param>
    /// <returns>Whether a frame was decoded, more data is needed, or the server sent a text message.</returns>
    /// <exception cref="MyProxyProtocolException">
    /// The bytes are not a valid chain frame, exceed the limits, or (final block) stop before the frame ends.
    /// </exception>
    public BinaryFrameStatus Decode(ref ReadOnlySequence<byte> buffer, bool isFinalBlock, out CertificateChainFrame? frame)
    {
        frame = null;
        if (buffer.IsEmpty)
        {
            return NeedMore(isFinalBlock, "The connection ended before the certificate chain arrived; the server may have failed, check its log.");
        }

        var count = buffer.FirstSpan[0];
        if (count == TextMessage.FirstByte)
        {
            return BinaryFrameStatus.ServerMessage;
        }

        ValidateCount(count);
        Span<int> ends = stackalloc int[count];
        long position = 1;
        for (var i = 0; i < count; i++)
        {
            var rest = buffer.Slice(position);
            if (!DerSequence.TryPeekTotalLength(rest, Limits.MaxCertificateBytes, $"certificate {i + 1} of {count}", out var length)
                || rest.Length < length)
            {
                return NeedMore(isFinalBlock, $"The certificate chain ends inside certificate {i + 1} of {count}; the connection closed early.");
            }

            position += length;
            ends[i] = (int)position;
        }

        frame = CertificateChainFrame.FromValidated(CopyCertificates(buffer, ends));
        buffer = buffer.Slice(position);
        return BinaryFrameStatus.Complete;
    }

    /// <summary>One copy of all the certificates' bytes, sliced: the frame then owns one array, not one per certificate.</summary>
    private static ReadOnlyMemory<byte>[] CopyCertificates(ReadOnlySequence<byte> buffer, ReadOnlySpan<int> ends)
    {
        ReadOnlyMemory<byte> all = buffer.Slice(1, ends[^1] - 1).ToArray();
        var certificates = new ReadOnlyMemory<byte>[ends.Length];
        var start = 0;
        for (var i = 0; i < ends.Length; i++)
        {
            certificates[i] = all[start..(ends[i] - 1)];
            start = ends[i] - 1;
        }

        return certificates;
    }

    private static BinaryFrameStatus NeedMore(bool isFinalBlock, string truncatedMessage) =>
        isFinalBlock ? throw new MyProxyProtocolException(truncatedMessage) : BinaryFrameStatus.NeedMoreData;

    private void ValidateCount(byte count)
    {
        if (count == 0)
        {
            throw new MyProxyProtocolException("The certificate chain announces 0 certificates; the server failed to delegate, check its log.");
        }

        if (count > Limits.MaxCertificates)
        {
            throw new MyProxyProtocolException(
                $"The certificate chain announces {count} certificates, over the limit of {Limits.MaxCertificates} (ProtocolLimits.MaxCertificates).");
        }
    }
}
