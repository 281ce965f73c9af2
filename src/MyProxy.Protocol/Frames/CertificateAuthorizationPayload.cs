using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace MyProxy.Protocol.Frames;

/// <summary>
/// The payload of an <c>X509_certificate</c> or <c>X509_certificate_SHA256</c> reply (renewal):
/// <c>[u32 big-endian signature length][signature][u8 N][DER #1]...[DER #N]</c>. The signature (RSA PKCS#1 v1.5
/// over <see cref="GetBytesToSign"/>) is made by the crypto layer with the key of the credential being renewed;
/// this type only frames it.
/// </summary>
public sealed class CertificateAuthorizationPayload
{
    /// <summary>Length of a challenge: 16 random bytes written as lowercase hex by the server.</summary>
    public const int ChallengeLength = 32;

    private const int SignatureLengthBytes = 4;

    private readonly byte[] _signature;

    /// <summary>Creates a payload, copying the signature.</summary>
    /// <param name="signature">The signature over the challenge; must not be empty.</param>
    /// <param name="chain">The certificate of the credential being renewed, then its chain.</param>
    /// <exception cref="ArgumentNullException"><paramref name="chain"/> is null.</exception>
    /// <exception cref="MyProxyProtocolException"><paramref name="signature"/> is empty.</exception>
    public CertificateAuthorizationPayload(ReadOnlySpan<byte> signature, CertificateChainFrame chain)
    {
        ArgumentNullException.ThrowIfNull(chain);
        if (signature.IsEmpty)
        {
            throw new MyProxyProtocolException("A renewal reply needs a signature over the challenge; the signature is empty.");
        }

        _signature = signature.ToArray();
        Chain = chain;
    }

    /// <summary>The signature over the challenge.</summary>
    public ReadOnlyMemory<byte> Signature => _signature;

    /// <summary>The certificate of the credential being renewed, then its chain.</summary>
    public CertificateChainFrame Chain { get; }

    /// <summary>The exact bytes to sign for a challenge: its 32 ASCII hex characters, without a NUL.</summary>
    /// <param name="challenge">The text after <c>X509_certificate:</c> or <c>X509_certificate_SHA256:</c>.</param>
    /// <returns>The ASCII bytes of the challenge.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="challenge"/> is null.</exception>
    /// <exception cref="MyProxyProtocolException">The challenge is not 32 hexadecimal characters.</exception>
    public static byte[] GetBytesToSign(string challenge)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        if (challenge.Length != ChallengeLength || !challenge.All(char.IsAsciiHexDigit))
        {
            throw new MyProxyProtocolException(
                $"The server's renewal challenge is not {ChallengeLength} hexadecimal characters; the server is not following the protocol.");
        }

        return Encoding.ASCII.GetBytes(challenge);
    }

    /// <summary>The hash the signature must use for <paramref name="method"/>: <c>SHA1</c> or <c>SHA256</c>.</summary>
    /// <param name="method">A certificate method.</param>
    /// <returns>The hash algorithm name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is not a certificate method.</exception>
    public static string HashAlgorithmFor(AuthorizationMethod method) => method switch
    {
        AuthorizationMethod.X509Certificate => "SHA1",
        AuthorizationMethod.X509CertificateSha256 => "SHA256",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Only the X509_certificate methods carry a signature."),
    };

    /// <summary>Decodes a payload (the bytes after the 4-byte reply header); the whole span must be used.</summary>
    /// <param name="payload">The payload bytes.</param>
    /// <param name="limits">Bounds on the chain; <see cref="ProtocolLimits.Default"/> when null.</param>
    /// <returns>The payload.</returns>
    /// <exception cref="MyProxyProtocolException">The payload is truncated, has extra bytes or a bad chain.</exception>
    public static CertificateAuthorizationPayload Decode(ReadOnlySpan<byte> payload, ProtocolLimits? limits = null)
    {
        if (payload.Length < SignatureLengthBytes)
        {
            throw new MyProxyProtocolException("A renewal reply payload is too short for its signature length.");
        }

        var signatureLength = BinaryPrimitives.ReadUInt32BigEndian(payload);
        if (signatureLength == 0 || signatureLength > (uint)(payload.Length - SignatureLengthBytes))
        {
            throw new MyProxyProtocolException($"A renewal reply claims a {signatureLength}-byte signature that does not fit its payload.");
        }

        var signature = payload.Slice(SignatureLengthBytes, (int)signatureLength);
        var chainBytes = new ReadOnlySequence<byte>(payload[(SignatureLengthBytes + (int)signatureLength)..].ToArray());
        var status = new CertificateChainDecoder(limits).Decode(ref chainBytes, isFinalBlock: true, out var chain);
        if (status != BinaryFrameStatus.Complete || !chainBytes.IsEmpty)
        {
            throw new MyProxyProtocolException("A renewal reply's certificate chain is malformed or followed by extra bytes.");
        }

        return new CertificateAuthorizationPayload(signature, chain!);
    }

    /// <summary>Encodes the payload: signature length (big-endian), signature, chain frame.</summary>
    /// <returns>The payload bytes, to wrap with <see cref="AuthorizationReply.ForCertificate"/>.</returns>
    public byte[] Encode()
    {
        var bytes = new byte[SignatureLengthBytes + _signature.Length + Chain.EncodedLength];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, (uint)_signature.Length);
        _signature.CopyTo(bytes, SignatureLengthBytes);
        Chain.WriteTo(bytes.AsSpan(SignatureLengthBytes + _signature.Length));
        return bytes;
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"CertificateAuthorizationPayload {{ SignatureBytes = {_signature.Length}, Certificates = {Chain.Certificates.Count} }}";
}
