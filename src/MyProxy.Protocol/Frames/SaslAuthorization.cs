using System.Text;

namespace MyProxy.Protocol.Frames;

/// <summary>
/// Framing for the SASL authorization sub-protocol. Every client step is an <see cref="AuthorizationReply"/> with
/// method <see cref="AuthorizationMethod.Sasl"/>; every server step is a <c>RESPONSE=2</c> whose
/// <c>AUTHORIZATION_DATA</c> is <c>SASL:&lt;base64&gt;</c>. The SASL mechanisms themselves live elsewhere.
/// </summary>
/// <remarks>
/// Sequence: <see cref="EncodeStart"/>; the server lists mechanisms (<see cref="DecodeMechanisms"/>);
/// <see cref="EncodeInitialResponse"/>; then, per server challenge (<see cref="DecodeChallenge"/>),
/// <see cref="EncodeResponse"/>, until the server answers <c>RESPONSE=0</c>.
/// </remarks>
public static class SaslAuthorization
{
    private const string DataPrefix = AuthorizationMethodNames.Sasl + ":";
    private const byte Nul = 0;

    /// <summary>
    /// The first reply, which only selects SASL: <c>03 00 00 00 00 00</c> (an empty string plus the NUL the C client
    /// always appends).
    /// </summary>
    /// <returns>The message bytes.</returns>
    public static byte[] EncodeStart() => new AuthorizationReply(AuthorizationMethod.Sasl, [Nul, Nul]).Encode();

    /// <summary>The reply choosing a mechanism: header, base64(<c>mechanism NUL initialResponse</c>), NUL.</summary>
    /// <param name="mechanism">A mechanism the server listed, for example <c>PLAIN</c>.</param>
    /// <param name="initialResponse">The mechanism's initial response; empty when it has none.</param>
    /// <returns>The message bytes. For PLAIN they contain the password: clear them after sending.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mechanism"/> is null.</exception>
    /// <exception cref="MyProxyProtocolException">The mechanism name is empty or not a SASL name.</exception>
    public static byte[] EncodeInitialResponse(string mechanism, ReadOnlySpan<byte> initialResponse)
    {
        ArgumentNullException.ThrowIfNull(mechanism);
        ValidateMechanism(mechanism);
        var data = new byte[mechanism.Length + 1 + initialResponse.Length];
        Encoding.ASCII.GetBytes(mechanism, data);
        initialResponse.CopyTo(data.AsSpan(mechanism.Length + 1));
        var message = EncodeResponse(data);
        Array.Clear(data);
        return message;
    }

    /// <summary>A reply to a server challenge: header, base64(<paramref name="response"/>), NUL.</summary>
    /// <param name="response">The mechanism's response; may be empty.</param>
    /// <returns>The message bytes.</returns>
    public static byte[] EncodeResponse(ReadOnlySpan<byte> response)
    {
        var base64 = Convert.ToBase64String(response);
        var payload = new byte[base64.Length + 1];
        Encoding.ASCII.GetBytes(base64, payload);
        var message = new AuthorizationReply(AuthorizationMethod.Sasl, payload).Encode();
        Array.Clear(payload);
        return message;
    }

    /// <summary>The mechanisms the server offers, from its first SASL step.</summary>
    /// <param name="serverData">The <c>AUTHORIZATION_DATA</c> value, with or without the <c>SASL:</c> prefix.</param>
    /// <returns>The mechanism names, in the server's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="serverData"/> is null.</exception>
    /// <exception cref="MyProxyProtocolException">The data is not base64, not ASCII, or lists no mechanism.</exception>
    public static IReadOnlyList<string> DecodeMechanisms(string serverData)
    {
        var bytes = DecodeChallenge(serverData);
        if (bytes.AsSpan().IndexOfAnyExceptInRange((byte)0, (byte)0x7F) >= 0)
        {
            throw new MyProxyProtocolException("The server's SASL mechanism list is not ASCII; the server is not following the protocol.");
        }

        var mechanisms = Encoding.ASCII.GetString(bytes).TrimEnd('\0')
            .Split([' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (mechanisms.Length == 0)
        {
            throw new MyProxyProtocolException("The server offers SASL but lists no mechanism; ask its administrator to check its SASL set-up.");
        }

        return mechanisms;
    }

    /// <summary>The raw bytes of a server SASL challenge.</summary>
    /// <param name="serverData">The <c>AUTHORIZATION_DATA</c> value, with or without the <c>SASL:</c> prefix.</param>
    /// <returns>The decoded challenge; empty when the server sent none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="serverData"/> is null.</exception>
    /// <exception cref="MyProxyProtocolException">The data is not valid base64.</exception>
    public static byte[] DecodeChallenge(string serverData)
    {
        ArgumentNullException.ThrowIfNull(serverData);
        var base64 = serverData.StartsWith(DataPrefix, StringComparison.Ordinal) ? serverData[DataPrefix.Length..] : serverData;
        var buffer = new byte[(base64.Length / 4 * 3) + 3];
        if (!Convert.TryFromBase64String(base64, buffer, out var written))
        {
            throw new MyProxyProtocolException("The server's SASL data is not valid base64; the server is not following the protocol.");
        }

        return buffer[..written];
    }

    private static void ValidateMechanism(string mechanism)
    {
        // RFC 4422 §3.1: 1 to 20 characters from A-Z, 0-9, '-' and '_'.
        if (mechanism.Length is 0 or > 20 || !mechanism.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c is '-' or '_'))
        {
            throw new MyProxyProtocolException($"'{mechanism}' is not a SASL mechanism name; use one the server listed.");
        }
    }
}
