using System.Buffers;
using System.Globalization;
using System.Text;

namespace MyProxy.Protocol.Requests;

/// <summary>
/// Serializes a <see cref="MyProxyRequest"/> byte for byte as the C client does: <c>KEY=value\n</c> lines in
/// the order VERSION, COMMAND, USERNAME, PASSPHRASE, [NEW_PHRASE], LIFETIME, [RETRIEVER], [RENEWER],
/// [CRED_NAME], [CRED_DESC], [KEYRETRIEVERS], [RETRIEVER_TRUSTED], [TRUSTED_CERTS=1], [VONAME]*, [VOMSES]*,
/// then one NUL. Every method validates first and throws <see cref="MyProxyRequestException"/> for a request
/// the server would mis-parse, before writing anything.
/// </summary>
public static class MyProxyRequestEncoder
{
    /// <summary>Checks a request without encoding it.</summary>
    /// <param name="request">The request.</param>
    /// <exception cref="MyProxyRequestException">A field is missing or holds a value the server would mis-parse.</exception>
    public static void Validate(MyProxyRequest request) => RequestValidator.Validate(request);

    /// <summary>The number of bytes <see cref="Encode(MyProxyRequest)"/> produces, NUL included.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The encoded length in bytes.</returns>
    /// <exception cref="MyProxyRequestException">The request is not valid.</exception>
    public static int GetEncodedLength(MyProxyRequest request)
    {
        RequestValidator.Validate(request);
        return Measure(request);
    }

    /// <summary>Encodes a request into a new array.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The wire bytes, ending with the NUL terminator.</returns>
    /// <exception cref="MyProxyRequestException">The request is not valid.</exception>
    public static byte[] Encode(MyProxyRequest request)
    {
        RequestValidator.Validate(request);
        var bytes = new byte[Measure(request)];
        Write(request, bytes);
        return bytes;
    }

    /// <summary>Encodes a request into a buffer writer, advancing it by the bytes written.</summary>
    /// <param name="request">The request.</param>
    /// <param name="writer">Where to write the wire bytes.</param>
    /// <returns>The number of bytes written, NUL included.</returns>
    /// <exception cref="MyProxyRequestException">The request is not valid; nothing was written.</exception>
    public static int Encode(MyProxyRequest request, IBufferWriter<byte> writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        RequestValidator.Validate(request);
        var length = Measure(request);
        Write(request, writer.GetSpan(length));
        writer.Advance(length);
        return length;
    }

    /// <summary>Encodes a request into a span when it fits.</summary>
    /// <param name="request">The request.</param>
    /// <param name="destination">Where to write the wire bytes.</param>
    /// <param name="bytesWritten">The number of bytes written, NUL included; 0 when it does not fit.</param>
    /// <returns><see langword="true"/> when the request fit into <paramref name="destination"/>.</returns>
    /// <exception cref="MyProxyRequestException">The request is not valid.</exception>
    public static bool TryEncode(MyProxyRequest request, Span<byte> destination, out int bytesWritten)
    {
        RequestValidator.Validate(request);
        var length = Measure(request);
        if (length > destination.Length)
        {
            bytesWritten = 0;
            return false;
        }

        Write(request, destination);
        bytesWritten = length;
        return true;
    }

    private static int Measure(MyProxyRequest request)
    {
        var measure = new LineMeasure();
        VisitLines(request, ref measure);
        return measure.Length + 1;
    }

    private static void Write(MyProxyRequest request, Span<byte> destination)
    {
        var writer = new LineWriter(destination);
        VisitLines(request, ref writer);
        destination[writer.Position] = 0;
    }

    /// <summary>
    /// Hands every line, in wire order, to <paramref name="sink"/>. Measuring and writing walk the same lines, so
    /// they cannot disagree, and neither builds a list or formats numbers into strings.
    /// </summary>
    private static void VisitLines<TSink>(MyProxyRequest request, ref TSink sink)
        where TSink : ILineSink, allows ref struct
    {
        Span<char> number = stackalloc char[11];
        sink.Line(RequestWireKeys.Version, RequestWireKeys.ProtocolVersion);
        sink.Line(RequestWireKeys.Command, Format((int)request.Command, number));
        sink.Line(RequestWireKeys.Username, request.Username);
        sink.Line(RequestWireKeys.Passphrase, request.Passphrase);
        LineIfSet(ref sink, RequestWireKeys.NewPassphrase, request.NewPassphrase);
        sink.Line(RequestWireKeys.Lifetime, Format(request.LifetimeSeconds, number));
        LineIfSet(ref sink, RequestWireKeys.Retrievers, request.Retrievers);
        LineIfSet(ref sink, RequestWireKeys.Renewers, request.Renewers);
        LineIfSet(ref sink, RequestWireKeys.CredentialName, request.CredentialName);
        LineIfSet(ref sink, RequestWireKeys.CredentialDescription, request.CredentialDescription);
        LineIfSet(ref sink, RequestWireKeys.KeyRetrievers, request.KeyRetrievers);
        LineIfSet(ref sink, RequestWireKeys.TrustedRetrievers, request.TrustedRetrievers);
        if (request.WantTrustRoots)
        {
            sink.Line(RequestWireKeys.TrustedCertificates, "1");
        }

        foreach (var voName in request.VONames)
        {
            sink.Line(RequestWireKeys.VoName, voName);
        }

        foreach (var vomses in request.Vomses)
        {
            sink.Line(RequestWireKeys.Vomses, vomses);
        }
    }

    private static void LineIfSet<TSink>(ref TSink sink, string key, string? value)
        where TSink : ILineSink, allows ref struct
    {
        if (!string.IsNullOrEmpty(value))
        {
            sink.Line(key, value);
        }
    }

    private static ReadOnlySpan<char> Format(int value, Span<char> buffer) =>
        value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture) ? buffer[..written] : throw new InvalidOperationException("An int needs at most 11 characters.");

    private interface ILineSink
    {
        void Line(string key, scoped ReadOnlySpan<char> value);
    }

    private struct LineMeasure : ILineSink
    {
        public int Length { get; private set; }

        public void Line(string key, scoped ReadOnlySpan<char> value) => Length += key.Length + 1 + Encoding.UTF8.GetByteCount(value) + 1;
    }

    private ref struct LineWriter : ILineSink
    {
        private readonly Span<byte> _destination;

        public LineWriter(Span<byte> destination)
        {
            _destination = destination;
        }

        public int Position { get; private set; }

        public void Line(string key, scoped ReadOnlySpan<char> value)
        {
            var position = Position;
            position += Encoding.ASCII.GetBytes(key, _destination[position..]);
            _destination[position++] = (byte)'=';
            position += Encoding.UTF8.GetBytes(value, _destination[position..]);
            _destination[position++] = (byte)'\n';
            Position = position;
        }
    }
}
