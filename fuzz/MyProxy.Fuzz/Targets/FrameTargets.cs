using System.Buffers;
using System.Text;
using MyProxy.Protocol;
using MyProxy.Protocol.Frames;

namespace MyProxy.Fuzz.Targets;

/// <summary>The binary and PEM frames a server sends: certificate chains, DER requests, credentials, replies.</summary>
internal static class FrameTargets
{
    private static readonly IReadOnlyList<byte[]> DerTokens =
    [
        [0x30, 0x82], [0x30, 0x81], [0x30, 0x80], [0x30, 0x84, 0xff, 0xff, 0xff, 0xff], [0x30, 0x83], [0x02, 0x01, 0x00],
        [0x05, 0x00], [0x06, 0x03, 0x55, 0x1d, 0x13], [0xa0, 0x03], [0x00], [0x01], [0x20], [0xff],
        "VERSION=MYPROXYv2\nRESPONSE=1\nERROR=x\n\0"u8.ToArray(),
    ];

    private static readonly IReadOnlyList<byte[]> PemTokens =
    [
        "-----BEGIN CERTIFICATE-----\n"u8.ToArray(), "-----END CERTIFICATE-----\n"u8.ToArray(),
        "-----BEGIN RSA PRIVATE KEY-----\n"u8.ToArray(), "-----END RSA PRIVATE KEY-----\n"u8.ToArray(),
        "-----BEGIN PRIVATE KEY-----\n"u8.ToArray(), "-----BEGIN ENCRYPTED PRIVATE KEY-----\n"u8.ToArray(),
        "Proc-Type: 4,ENCRYPTED\n"u8.ToArray(), "DEK-Info: AES-256-CBC,00\n"u8.ToArray(), "-----"u8.ToArray(),
        "MIIB"u8.ToArray(), "=="u8.ToArray(), "\r\n"u8.ToArray(), [0], "V"u8.ToArray(),
    ];

    public static IEnumerable<FuzzTarget> All()
    {
        yield return Protocol("certificate-chain", "CertificateChainDecoder.Decode/TryDecode, streamed; re-encoding equals the bytes", DecodeChain, DerTokens);
        yield return Protocol("der-message", "DerMessageDecoder.Decode/TryDecode, streamed (the PUT certificate request)", DecodeDer, DerTokens);
        // Parsing PEM copies the text a few times over and the check decodes it twice: linear, but more per byte.
        yield return Protocol("credential-pem", "CredentialPemPayloadDecoder.Decode/TryDecode, streamed; Encode re-decodes", DecodeCredential, PemTokens) with
        {
            AllocationPerByte = 512,
        };
        yield return Protocol("authorization-reply", "AuthorizationReply.Decode and CertificateAuthorizationPayload.Decode", DecodeReply, DerTokens);
        yield return Protocol("sasl", "SaslAuthorization.DecodeMechanisms and DecodeChallenge on AUTHORIZATION_DATA text", DecodeSasl, [.. "SASL:"u8.ToArray().Select(b => new[] { b }), "SASL:"u8.ToArray(), "=="u8.ToArray(), " "u8.ToArray(), [0x80]]);
    }

    private static FuzzTarget Protocol(string name, string description, Action<FuzzInput> execute, IReadOnlyList<byte[]> tokens) => new()
    {
        Name = name,
        Description = description,
        Execute = execute,
        AllowedException = typeof(MyProxyProtocolException),
        Tokens = tokens,
    };

    private static void DecodeChain(FuzzInput input)
    {
        var decoder = new CertificateChainDecoder(input.Limits);
        var whole = Outcome.Of(() => ChainOnce(decoder, input.Data));
        Delivery.Run(input.Data, input.Delivery, (ref ReadOnlySequence<byte> buffer, bool isFinalBlock) =>
        {
            var before = buffer;
            var status = decoder.Decode(ref buffer, isFinalBlock, out var frame);
            if (status == BinaryFrameStatus.Complete)
            {
                var consumed = before.Slice(0, before.Length - buffer.Length).ToArray();
                if (!frame!.Encode().AsSpan().SequenceEqual(consumed))
                {
                    throw new FuzzContractException("a decoded certificate chain does not re-encode to the bytes it came from.");
                }
            }

            return false;
        });
        whole.Rethrow();
    }

    private static bool ChainOnce(CertificateChainDecoder decoder, byte[] data)
    {
        var buffer = new ReadOnlySequence<byte>(data);
        return decoder.TryDecode(ref buffer, out _);
    }

    private static void DecodeDer(FuzzInput input)
    {
        var decoder = new DerMessageDecoder(input.Limits);
        Delivery.Run(input.Data, input.Delivery, (ref ReadOnlySequence<byte> buffer, bool isFinalBlock) =>
        {
            var copy = buffer;
            if (decoder.Decode(ref buffer, isFinalBlock, out var der) == BinaryFrameStatus.Complete
                && !copy.Slice(0, der.Length).ToArray().AsSpan().SequenceEqual(der.Span))
            {
                throw new FuzzContractException("the decoded DER element is not the prefix of the buffer.");
            }

            return false;
        });
        var whole = new ReadOnlySequence<byte>(input.Data);
        _ = decoder.TryDecode(ref whole, out _);
    }

    private static void DecodeCredential(FuzzInput input)
    {
        var decoder = new CredentialPemPayloadDecoder(input.Limits);
        Delivery.Run(input.Data, input.Delivery, (ref ReadOnlySequence<byte> buffer, bool isFinalBlock) =>
        {
            if (decoder.Decode(ref buffer, isFinalBlock, out var payload) == BinaryFrameStatus.Complete)
            {
                var encoded = new ReadOnlySequence<byte>(payload!.Encode());
                var reparsed = Outcome.Of(() => new CredentialPemPayloadDecoder().Decode(ref encoded, isFinalBlock: true, out _));
                if (reparsed.Exception is not null)
                {
                    throw new FuzzContractException("a decoded credential does not decode again after Encode: " + reparsed.Text);
                }

                _ = payload.IsPrivateKeyEncrypted;
            }

            return false;
        });
    }

    private static void DecodeReply(FuzzInput input)
    {
        var reply = AuthorizationReply.Decode(input.Data);
        _ = reply.ToString();
        if (reply.Method is AuthorizationMethod.X509Certificate or AuthorizationMethod.X509CertificateSha256)
        {
            _ = CertificateAuthorizationPayload.Decode(reply.Payload.Span, input.Limits).ToString();
        }
    }

    private static void DecodeSasl(FuzzInput input)
    {
        var text = Encoding.Latin1.GetString(input.Data);
        Outcome.Of(() => SaslAuthorization.DecodeChallenge(text).Length).Rethrow();
        Outcome.Of(() => SaslAuthorization.DecodeMechanisms(text).Count).Rethrow();
    }
}
