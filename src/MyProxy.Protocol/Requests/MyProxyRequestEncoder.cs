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
    public static int GetEncodedLength(MyProxyRequest request) => Measure(Lines(request));

    /// <summary>Encodes a request into a new array.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The wire bytes, ending with the NUL terminator.</returns>
    /// <exception cref="MyProxyRequestException">The request is not valid.</exception>
    public static byte[] Encode(MyProxyRequest request)
    {
        var lines = Lines(request);
        var bytes = new byte[Measure(lines)];
        Write(lines, bytes);
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
        var lines = Lines(request);
        var length = Measure(lines);
        Write(lines, writer.GetSpan(length));
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
        var lines = Lines(request);
        var length = Measure(lines);
        if (length > destination.Length)
        {
            bytesWritten = 0;
            return false;
        }

        Write(lines, destination);
        bytesWritten = length;
        return true;
    }

    private static List<KeyValuePair<string, string>> Lines(MyProxyRequest request)
    {
        RequestValidator.Validate(request);
        var lines = new List<KeyValuePair<string, string>>(16)
        {
            new(RequestWireKeys.Version, RequestWireKeys.ProtocolVersion),
            new(RequestWireKeys.Command, ((int)request.Command).ToString(CultureInfo.InvariantCulture)),
            new(RequestWireKeys.Username, request.Username),
            new(RequestWireKeys.Passphrase, request.Passphrase),
        };
        AddIfSet(lines, RequestWireKeys.NewPassphrase, request.NewPassphrase);
        lines.Add(new(RequestWireKeys.Lifetime, request.LifetimeSeconds.ToString(CultureInfo.InvariantCulture)));
        AddIfSet(lines, RequestWireKeys.Retrievers, request.Retrievers);
        AddIfSet(lines, RequestWireKeys.Renewers, request.Renewers);
        AddIfSet(lines, RequestWireKeys.CredentialName, request.CredentialName);
        AddIfSet(lines, RequestWireKeys.CredentialDescription, request.CredentialDescription);
        AddIfSet(lines, RequestWireKeys.KeyRetrievers, request.KeyRetrievers);
        AddIfSet(lines, RequestWireKeys.TrustedRetrievers, request.TrustedRetrievers);
        if (request.WantTrustRoots)
        {
            lines.Add(new(RequestWireKeys.TrustedCertificates, "1"));
        }

        lines.AddRange(request.VONames.Select(voName => new KeyValuePair<string, string>(RequestWireKeys.VoName, voName)));
        lines.AddRange(request.Vomses.Select(vomses => new KeyValuePair<string, string>(RequestWireKeys.Vomses, vomses)));
        return lines;
    }

    private static void AddIfSet(List<KeyValuePair<string, string>> lines, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            lines.Add(new(key, value));
        }
    }

    private static int Measure(List<KeyValuePair<string, string>> lines)
    {
        var length = 1;
        foreach (var (key, value) in lines)
        {
            length += key.Length + 1 + Encoding.UTF8.GetByteCount(value) + 1;
        }

        return length;
    }

    private static void Write(List<KeyValuePair<string, string>> lines, Span<byte> destination)
    {
        var position = 0;
        foreach (var (key, value) in lines)
        {
            position += Encoding.ASCII.GetBytes(key, destination[position..]);
            destination[position++] = (byte)'=';
            position += Encoding.UTF8.GetBytes(value, destination[position..]);
            destination[position++] = (byte)'\n';
        }

        destination[position] = 0;
    }
}
