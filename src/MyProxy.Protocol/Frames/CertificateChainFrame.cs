namespace MyProxy.Protocol.Frames;

/// <summary>
/// A certificate-chain frame, <c>[u8 N][DER #1]...[DER #N]</c>: how the server returns a delegated proxy (GET),
/// how the client sends the proxy it signed (PUT) and the chain behind a renewal signature. Certificate #1 is the
/// newest (the delegated proxy); the rest is its chain towards, and normally excluding, the CA.
/// </summary>
/// <remarks>
/// Certificates are opaque DER here: the frame checks only that each is one DER SEQUENCE of the length it
/// claims. Parsing them is the crypto layer's job.
/// </remarks>
public sealed class CertificateChainFrame
{
    /// <summary>Most certificates one frame can carry: the count is a single byte.</summary>
    public const int MaxCertificatesOnWire = byte.MaxValue;

    private const string ItemName = "certificate";

    private readonly ReadOnlyMemory<byte>[] _certificates;

    // The whole frame when this instance built it (count byte included); null for a decoded frame.
    private readonly byte[]? _frame;

    /// <summary>Creates a frame from DER certificates, copying them.</summary>
    /// <param name="derCertificates">1 to 255 DER certificates, newest (the proxy) first.</param>
    /// <exception cref="ArgumentNullException"><paramref name="derCertificates"/> is null.</exception>
    /// <exception cref="MyProxyProtocolException">
    /// The count is outside 1..255, or an item is not exactly one DER SEQUENCE of the length its header claims.
    /// </exception>
    public CertificateChainFrame(IReadOnlyList<ReadOnlyMemory<byte>> derCertificates)
    {
        ArgumentNullException.ThrowIfNull(derCertificates);
        ValidateCount(derCertificates.Count);
        var length = 1;
        for (var i = 0; i < derCertificates.Count; i++)
        {
            DerSequence.ValidateSingle(derCertificates[i].Span, int.MaxValue, $"{ItemName} {i + 1}");
            length = checked(length + derCertificates[i].Length);
        }

        // One copy in wire order: the count byte, then the certificates; encoding is then a single copy too.
        var frame = new byte[length];
        _certificates = new ReadOnlyMemory<byte>[derCertificates.Count];
        frame[0] = (byte)derCertificates.Count;
        var offset = 1;
        for (var i = 0; i < derCertificates.Count; i++)
        {
            derCertificates[i].Span.CopyTo(frame.AsSpan(offset));
            _certificates[i] = new ReadOnlyMemory<byte>(frame, offset, derCertificates[i].Length);
            offset += derCertificates[i].Length;
        }

        _frame = frame;
        EncodedLength = length;
    }

    private CertificateChainFrame(ReadOnlyMemory<byte>[] ownedCertificates)
    {
        _certificates = ownedCertificates;
        var length = 1;
        foreach (var certificate in ownedCertificates)
        {
            length += certificate.Length;
        }

        EncodedLength = length;
    }

    /// <summary>The DER certificates, in wire order (newest first).</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> Certificates => _certificates;

    /// <summary>Number of bytes <see cref="Encode()"/> produces: the count byte plus every certificate.</summary>
    public int EncodedLength { get; }

    /// <summary>Encodes DER certificates as a chain frame in one step.</summary>
    /// <param name="derCertificates">1 to 255 DER certificates, newest (the proxy) first.</param>
    /// <returns>The frame bytes, ready to send as one message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="derCertificates"/> is null.</exception>
    /// <exception cref="MyProxyProtocolException">The count or an item is invalid.</exception>
    public static byte[] Encode(IReadOnlyList<ReadOnlyMemory<byte>> derCertificates) =>
        new CertificateChainFrame(derCertificates)._frame!;

    /// <summary>Encodes this frame: the count byte, then each certificate as-is.</summary>
    /// <returns>The frame bytes.</returns>
    public byte[] Encode()
    {
        var bytes = new byte[EncodedLength];
        WriteTo(bytes);
        return bytes;
    }

    /// <summary>Writes the frame into <paramref name="destination"/>.</summary>
    /// <param name="destination">At least <see cref="EncodedLength"/> bytes long.</param>
    /// <returns>The number of bytes written (<see cref="EncodedLength"/>).</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short.</exception>
    public int WriteTo(Span<byte> destination)
    {
        if (destination.Length < EncodedLength)
        {
            throw new ArgumentException($"The destination needs {EncodedLength} bytes for this certificate chain.", nameof(destination));
        }

        if (_frame is not null)
        {
            _frame.CopyTo(destination);
            return _frame.Length;
        }

        destination[0] = (byte)_certificates.Length;
        var offset = 1;
        foreach (var certificate in _certificates)
        {
            certificate.Span.CopyTo(destination[offset..]);
            offset += certificate.Length;
        }

        return offset;
    }

    /// <inheritdoc/>
    public override string ToString() => $"CertificateChainFrame {{ Certificates = {_certificates.Length}, Bytes = {EncodedLength} }}";

    /// <summary>Wraps certificates the decoder has already validated and copied.</summary>
    internal static CertificateChainFrame FromValidated(ReadOnlyMemory<byte>[] certificates) => new(certificates);

    private static void ValidateCount(int count)
    {
        if (count is < 1 or > MaxCertificatesOnWire)
        {
            throw new MyProxyProtocolException(
                $"A certificate chain must hold 1 to {MaxCertificatesOnWire} certificates, not {count}; pass the proxy and its chain.");
        }
    }
}
