using System.Security.Cryptography;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto;

namespace MyProxy.Transport.Tls.BouncyCastle;

/// <summary>
/// Verifies one RSA signature of the TLS handshake with System.Security.Cryptography: over the streamed data (TLS 1.3
/// and PSS), or over the hash BouncyCastle computed (PKCS#1 v1.5 in TLS 1.2, whose hash algorithm the signature names).
/// Each verifier is used once, for one handshake message, and then dropped, which also drops the key.
/// </summary>
internal sealed class OpenSslRsaVerifier(RSA key, HashAlgorithmName hash, RSASignaturePadding padding) : Tls13Verifier, TlsVerifier
{
    private readonly MemoryStream _signed = new();

    public Stream Stream => _signed;

    /// <summary>TLS 1.3: the signature over what was written to <see cref="Stream"/>.</summary>
    public bool VerifySignature(byte[] signature)
    {
        using (key)
        {
            // BouncyCastle closes the stream before asking; ToArray still reads a closed MemoryStream.
            return key.VerifyData(_signed.ToArray(), signature, hash, padding);
        }
    }

    /// <summary>TLS 1.2 PSS: BouncyCastle streams the signed data; PKCS#1 v1.5 goes through <see cref="VerifyRawSignature"/>.</summary>
    public TlsStreamVerifier? GetStreamVerifier(DigitallySigned digitallySigned) =>
        padding == RSASignaturePadding.Pss ? new StreamVerifier(this, digitallySigned.Signature) : null;

    public bool VerifyRawSignature(DigitallySigned digitallySigned, byte[] hashValue)
    {
        if (digitallySigned.Algorithm is not { } algorithm || padding != RSASignaturePadding.Pkcs1)
        {
            // Only TLS 1.2 PKCS#1 v1.5 comes here (we never negotiate TLS 1.1 or older, whose hash has no algorithm).
            throw new TlsFatalAlert(AlertDescription.internal_error);
        }

        var name = algorithm.Hash switch
        {
            Org.BouncyCastle.Tls.HashAlgorithm.sha1 => HashAlgorithmName.SHA1,
            Org.BouncyCastle.Tls.HashAlgorithm.sha256 => HashAlgorithmName.SHA256,
            Org.BouncyCastle.Tls.HashAlgorithm.sha384 => HashAlgorithmName.SHA384,
            Org.BouncyCastle.Tls.HashAlgorithm.sha512 => HashAlgorithmName.SHA512,
            _ => throw new TlsFatalAlert(AlertDescription.illegal_parameter),
        };
        using (key)
        {
            return key.VerifyHash(hashValue, digitallySigned.Signature, name, RSASignaturePadding.Pkcs1);
        }
    }

    private sealed class StreamVerifier(OpenSslRsaVerifier verifier, byte[] signature) : TlsStreamVerifier
    {
        public Stream Stream => verifier.Stream;

        public bool IsVerified() => verifier.VerifySignature(signature);
    }
}
