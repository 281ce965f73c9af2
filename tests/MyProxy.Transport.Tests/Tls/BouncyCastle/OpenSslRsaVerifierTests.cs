using System.Security.Cryptography;
using MyProxy.Transport.Tls.BouncyCastle;
using Org.BouncyCastle.Tls;

namespace MyProxy.Transport.Tests.Tls.BouncyCastle;

/// <summary>The handshake's RSA signatures checked by System.Security.Cryptography: good ones pass, altered ones fail.</summary>
public sealed class OpenSslRsaVerifierTests
{
    private static readonly byte[] Signed = "TLS 1.3, server CertificateVerify"u8.ToArray();

    private static readonly Lazy<RSA> Key = new(() => RSA.Create(2048));

    [Test]
    public void VerifySignature_PssOverTheStreamedData_True()
    {
        var verifier = Verifier(RSASignaturePadding.Pss);
        verifier.Stream.Write(Signed);

        Assert.That(verifier.VerifySignature(Key.Value.SignData(Signed, HashAlgorithmName.SHA256, RSASignaturePadding.Pss)), Is.True);
    }

    [Test]
    public void VerifySignature_StreamClosedBeforeVerifying_StillVerifies()
    {
        var verifier = Verifier(RSASignaturePadding.Pss);
        verifier.Stream.Write(Signed);
        verifier.Stream.Dispose();

        Assert.That(verifier.VerifySignature(Key.Value.SignData(Signed, HashAlgorithmName.SHA256, RSASignaturePadding.Pss)), Is.True);
    }

    [Test]
    public void VerifySignature_OtherDataStreamed_False()
    {
        var verifier = Verifier(RSASignaturePadding.Pss);
        verifier.Stream.Write("something else"u8);

        Assert.That(verifier.VerifySignature(Key.Value.SignData(Signed, HashAlgorithmName.SHA256, RSASignaturePadding.Pss)), Is.False);
    }

    [Test]
    public void VerifySignature_SignatureOfAnotherKey_False()
    {
        using var other = RSA.Create(2048);
        var verifier = Verifier(RSASignaturePadding.Pss);
        verifier.Stream.Write(Signed);

        Assert.That(verifier.VerifySignature(other.SignData(Signed, HashAlgorithmName.SHA256, RSASignaturePadding.Pss)), Is.False);
    }

    [Test]
    public void GetStreamVerifier_Tls12Pss_VerifiesTheStreamedData()
    {
        var verifier = Verifier(RSASignaturePadding.Pss);
        var signed = new DigitallySigned(SignatureAndHashAlgorithm.rsa_pss_rsae_sha256, Key.Value.SignData(Signed, HashAlgorithmName.SHA256, RSASignaturePadding.Pss));

        var stream = verifier.GetStreamVerifier(signed)!;
        stream.Stream.Write(Signed);

        Assert.That(stream.IsVerified(), Is.True);
    }

    [Test]
    public void VerifyRawSignature_Tls12Pkcs1OverTheHash_True()
    {
        var hash = SHA256.HashData(Signed);
        var signed = new DigitallySigned(SignatureAndHashAlgorithm.GetInstance(Org.BouncyCastle.Tls.HashAlgorithm.sha256, SignatureAlgorithm.rsa),
            Key.Value.SignHash(hash, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

        Assert.That(Verifier(RSASignaturePadding.Pkcs1).VerifyRawSignature(signed, hash), Is.True);
    }

    [Test]
    public void VerifyRawSignature_Tls12Pkcs1OverAnotherHash_False()
    {
        var signed = new DigitallySigned(SignatureAndHashAlgorithm.GetInstance(Org.BouncyCastle.Tls.HashAlgorithm.sha256, SignatureAlgorithm.rsa),
            Key.Value.SignHash(SHA256.HashData(Signed), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

        Assert.That(Verifier(RSASignaturePadding.Pkcs1).VerifyRawSignature(signed, SHA256.HashData("other"u8)), Is.False);
    }

    private static OpenSslRsaVerifier Verifier(RSASignaturePadding padding)
    {
#pragma warning disable CA2000 // The verifier owns the key and disposes it when it verifies.
        var publicKey = RSA.Create();
#pragma warning restore CA2000
        publicKey.ImportParameters(Key.Value.ExportParameters(includePrivateParameters: false));
        return new OpenSslRsaVerifier(publicKey, HashAlgorithmName.SHA256, padding);
    }
}
