using System.Security.Cryptography;

namespace MyProxy.Crypto.Tests.Support;

/// <summary>Compares keys by their public half.</summary>
internal static class SameKey
{
    public static bool Public(AsymmetricAlgorithm a, AsymmetricAlgorithm b) =>
        a.ExportSubjectPublicKeyInfo().AsSpan().SequenceEqual(b.ExportSubjectPublicKeyInfo());

    /// <summary>Whether <paramref name="key"/> signs what <paramref name="verifier"/> verifies (so it holds the private half).</summary>
    public static bool SignsFor(AsymmetricAlgorithm key, AsymmetricAlgorithm verifier)
    {
        var data = "proof of possession"u8.ToArray();
        return (key, verifier) switch
        {
            (RSA rsa, RSA check) => check.VerifyData(data, rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
                HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
            (ECDsa ec, ECDsa check) => check.VerifyData(data, ec.SignData(data, HashAlgorithmName.SHA256), HashAlgorithmName.SHA256),
            _ => false,
        };
    }
}
