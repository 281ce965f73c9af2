namespace MyProxy.Protocol.Frames;

/// <summary>
/// The client's binary answer to an authorization challenge: <c>[u8 method][00 00 00][payload]</c>. Only the
/// first byte names the method; the other three are zero (PROTOCOL A.6).
/// </summary>
/// <remarks><see cref="ToString"/> shows the method and size only: a payload can hold a secret.</remarks>
public sealed class AuthorizationReply
{
    /// <summary>Length of the method header that precedes every payload.</summary>
    public const int HeaderLength = 4;

    private readonly byte[] _payload;

    /// <summary>Creates a reply, copying the payload.</summary>
    /// <param name="method">The method being answered.</param>
    /// <param name="payload">The method-specific bytes that follow the header.</param>
    /// <exception cref="MyProxyProtocolException"><paramref name="method"/> is not a defined method.</exception>
    public AuthorizationReply(AuthorizationMethod method, ReadOnlySpan<byte> payload)
    {
        if (!Enum.IsDefined(method))
        {
            throw new MyProxyProtocolException($"Authorization method {(int)method} is not defined; use one the server offered.");
        }

        Method = method;
        _payload = payload.ToArray();
    }

    /// <summary>The method being answered.</summary>
    public AuthorizationMethod Method { get; }

    /// <summary>The bytes after the 4-byte header.</summary>
    public ReadOnlyMemory<byte> Payload => _payload;

    /// <summary>Builds the renewal reply: the signed challenge and the chain of the credential being renewed.</summary>
    /// <param name="method"><see cref="AuthorizationMethod.X509Certificate"/> or <see cref="AuthorizationMethod.X509CertificateSha256"/>.</param>
    /// <param name="certificatePayload">The signature and chain.</param>
    /// <returns>The reply.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="certificatePayload"/> is null.</exception>
    /// <exception cref="MyProxyProtocolException"><paramref name="method"/> is not a certificate method.</exception>
    public static AuthorizationReply ForCertificate(AuthorizationMethod method, CertificateAuthorizationPayload certificatePayload)
    {
        ArgumentNullException.ThrowIfNull(certificatePayload);
        if (method is not (AuthorizationMethod.X509Certificate or AuthorizationMethod.X509CertificateSha256))
        {
            throw new MyProxyProtocolException($"A certificate payload answers only the X509_certificate methods, not {method}.");
        }

        return new AuthorizationReply(method, certificatePayload.Encode());
    }

    /// <summary>Decodes a whole reply message (the server's view; used to check what the client sends).</summary>
    /// <param name="message">The complete reply bytes.</param>
    /// <returns>The reply.</returns>
    /// <exception cref="MyProxyProtocolException">Shorter than the header, an unknown method, or non-zero padding.</exception>
    public static AuthorizationReply Decode(ReadOnlySpan<byte> message)
    {
        if (message.Length < HeaderLength)
        {
            throw new MyProxyProtocolException($"An authorization reply needs a {HeaderLength}-byte method header; got {message.Length} bytes.");
        }

        if (message[1] != 0 || message[2] != 0 || message[3] != 0)
        {
            throw new MyProxyProtocolException("An authorization reply's header must be the method byte followed by three zero bytes.");
        }

        var method = (AuthorizationMethod)message[0];
        if (!Enum.IsDefined(method))
        {
            throw new MyProxyProtocolException($"An authorization reply names unknown method {message[0]}.");
        }

        return new AuthorizationReply(method, message[HeaderLength..]);
    }

    /// <summary>Encodes the reply as one message: method byte, three zero bytes, payload.</summary>
    /// <returns>The message bytes.</returns>
    public byte[] Encode()
    {
        var bytes = new byte[HeaderLength + _payload.Length];
        bytes[0] = (byte)Method;
        _payload.CopyTo(bytes, HeaderLength);
        return bytes;
    }

    /// <inheritdoc/>
    public override string ToString() => $"AuthorizationReply {{ Method = {Method}, PayloadBytes = {_payload.Length} }}";
}
