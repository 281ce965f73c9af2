using System.Buffers;
using System.Text;
using MyProxy.Protocol;
using MyProxy.Protocol.Frames;
using MyProxy.Protocol.Responses;

namespace MyProxy.Fuzz.Targets;

/// <summary>
/// The response decoder, its three contiguous and segmented entry points, and the parsers behind it (trust roots,
/// INFO credentials, authorization challenges and the SASL data they carry).
/// </summary>
internal static class ResponseTargets
{
    public static IEnumerable<FuzzTarget> All()
    {
        yield return Response("response", "MyProxyResponseDecoder.TryDecode (sequence, streamed) against TryDecode (span) and Decode", Grammar.AnyResponse);
        yield return Response("trust-roots", "MyProxyResponseDecoder → TrustRootParser (GET_TRUSTROOTS replies)", Grammar.TrustRoots);
        yield return Response("credential-info", "MyProxyResponseDecoder → CredentialInfoParser (INFO replies)", Grammar.CredentialInfo);
        yield return Response("authorization-challenge", "MyProxyResponseDecoder → AuthorizationChallengeParser → SaslAuthorization", Grammar.Challenge);
        yield return new FuzzTarget
        {
            Name = "response-payload",
            Description = "MyProxyResponseDecoder.TryReadPayload and StartsWithMessage (the RETRIEVE payload)",
            Execute = ReadPayloads,
            AllowedException = typeof(MyProxyProtocolException),
            Tokens = Grammar.Tokens,
        };
    }

    private static FuzzTarget Response(string name, string description, Func<Random, byte[]> generate) => new()
    {
        Name = name,
        Description = description,
        Execute = DecodeResponses,
        AllowedException = typeof(MyProxyProtocolException),
        Tokens = Grammar.Tokens,
        Generate = generate,
    };

    private static void DecodeResponses(FuzzInput input)
    {
        var decoder = new MyProxyResponseDecoder(input.Limits);
        var streamed = Outcome.Of(() => Streamed(decoder, input));
        var contiguous = Outcome.Of(() => Contiguous(decoder, input.Data));
        if (streamed.Text != contiguous.Text)
        {
            throw new FuzzContractException($"streamed and contiguous decoding disagree: [{streamed.Text}] vs [{contiguous.Text}]");
        }

        // Decode refuses anything but exactly one message; only a foreign exception from it counts here.
        var single = Outcome.Of(() => Touch(decoder.Decode(input.Data)));
        if (single.Exception is not (null or MyProxyProtocolException))
        {
            single.Rethrow();
        }

        streamed.Rethrow();
    }

    private static string Streamed(MyProxyResponseDecoder decoder, FuzzInput input)
    {
        var decoded = new StringBuilder();
        Delivery.Run(input.Data, input.Delivery, (ref ReadOnlySequence<byte> buffer, bool isFinalBlock) =>
        {
            if (!decoder.TryDecode(ref buffer, out var response))
            {
                return false;
            }

            decoded.Append(Touch(response)).Append('|');
            return true;
        });
        return decoded.ToString();
    }

    private static string Contiguous(MyProxyResponseDecoder decoder, byte[] data)
    {
        var decoded = new StringBuilder();
        var offset = 0;
        while (decoder.TryDecode(data.AsSpan(offset), out var response, out var consumed))
        {
            offset += consumed;
            decoded.Append(Touch(response)).Append('|');
        }

        return decoded.ToString();
    }

    /// <summary>Reads every view of the response, as the client does, and returns a fingerprint of it.</summary>
    private static string Touch(MyProxyResponse response)
    {
        var text = new StringBuilder().Append(response.Code).Append(':').Append(response.Fields.Count);
        text.Append(':').Append(response.Errors.Count).Append(':').Append(response.Credentials.Count);
        text.Append(':').Append(response.TrustRoots?.Sum(root => root.Contents.Length + root.FileName.Length));
        _ = response.ToString();
        _ = response.GetValue("VERSION");
        foreach (var challenge in response.AuthorizationChallenges)
        {
            text.Append(':').Append(challenge.Method);
            if (challenge.Method == AuthorizationMethod.Sasl)
            {
                Outcome.Of(() => SaslAuthorization.DecodeChallenge(challenge.Data).Length).Rethrow();
                Outcome.Of(() => SaslAuthorization.DecodeMechanisms(challenge.Data).Count).Rethrow();
            }
        }

        try
        {
            response.ThrowIfError();
        }
        catch (MyProxyServerException)
        {
            // The documented outcome of RESPONSE=1: the server's refusal, not a decoding failure.
        }

        return text.ToString();
    }

    private static void ReadPayloads(FuzzInput input)
    {
        var decoder = new MyProxyResponseDecoder(input.Limits);
        Delivery.Run(input.Data, input.Delivery, (ref ReadOnlySequence<byte> buffer, bool isFinalBlock) =>
        {
            _ = MyProxyResponseDecoder.StartsWithMessage(buffer);
            return decoder.TryReadPayload(ref buffer, out _);
        });
    }
}
