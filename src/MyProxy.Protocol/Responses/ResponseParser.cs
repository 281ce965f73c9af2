using System.Text;

namespace MyProxy.Protocol.Responses;

/// <summary>
/// Turns the bytes of one text message (NUL excluded) into a <see cref="MyProxyResponse"/>: strict UTF-8,
/// lines split at LF, each line split at its first <c>=</c>, keys matched exactly.
/// </summary>
internal static class ResponseParser
{
    public const string VersionKey = "VERSION";
    public const string ResponseKey = "RESPONSE";
    public const string ErrorKey = "ERROR";
    public const string ProtocolVersion = "MYPROXYv2";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static MyProxyResponse Parse(ReadOnlySpan<byte> message, ProtocolLimits limits)
    {
        var fields = new ResponseFields(SplitLines(Decode(message)));
        CheckVersion(fields.Single(VersionKey));
        var code = ParseCode(fields.Single(ResponseKey));
        var challenges = AuthorizationChallengeParser.Parse(fields);
        if (code == MyProxyResponseCode.AuthorizationRequired && challenges.Count == 0)
        {
            throw new MyProxyProtocolException("The server asked for authorization (RESPONSE=2) but offered no AUTHORIZATION_DATA method.");
        }

        return new MyProxyResponse(code, fields, challenges, CredentialInfoParser.Parse(fields), TrustRootParser.Parse(fields, limits));
    }

    private static string Decode(ReadOnlySpan<byte> message)
    {
        try
        {
            return StrictUtf8.GetString(message);
        }
        catch (DecoderFallbackException exception)
        {
            throw new MyProxyProtocolException("The server's response is not valid UTF-8 text.", exception);
        }
    }

    /// <summary>The lines as key/value pairs; walks the text without splitting it, and reuses the constant keys.</summary>
    private static List<KeyValuePair<string, string>> SplitLines(string text)
    {
        var lines = new List<KeyValuePair<string, string>>(4);
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf('\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (line.IsEmpty)
            {
                continue;
            }

            var equals = line.IndexOf('=');
            if (equals <= 0)
            {
                throw new MyProxyProtocolException($"The server's response has a line that is not KEY=value: '{Printable.Of(line.ToString())}'.");
            }

            lines.Add(new(Key(line[..equals]), Value(line[(equals + 1)..])));
        }

        return lines;
    }

    private static string Value(ReadOnlySpan<char> value) => value switch
    {
        ProtocolVersion => ProtocolVersion,
        "0" => "0",
        "1" => "1",
        "2" => "2",
        _ => value.ToString(),
    };

    private static string Key(ReadOnlySpan<char> key) => key switch
    {
        VersionKey => VersionKey,
        ResponseKey => ResponseKey,
        ErrorKey => ErrorKey,
        _ => key.ToString(),
    };

    private static void CheckVersion(string? version)
    {
        if (version is null)
        {
            throw new MyProxyProtocolException("The response has no VERSION line; the peer does not seem to be a MyProxy server.");
        }

        if (!string.Equals(version, ProtocolVersion, StringComparison.Ordinal))
        {
            throw new MyProxyProtocolException($"The server speaks protocol version '{Printable.Of(version)}', not {ProtocolVersion}.");
        }
    }

    private static MyProxyResponseCode ParseCode(string? code) => code switch
    {
        null => throw new MyProxyProtocolException("The response has no RESPONSE line; the server's message is incomplete."),
        "0" => MyProxyResponseCode.Ok,
        "1" => MyProxyResponseCode.Error,
        "2" => MyProxyResponseCode.AuthorizationRequired,
        _ => throw new MyProxyProtocolException($"The response code RESPONSE={Printable.Of(code)} is not 0, 1 or 2."),
    };
}
