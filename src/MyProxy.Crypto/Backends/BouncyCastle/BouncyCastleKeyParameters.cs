using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Security;

namespace MyProxy.Crypto.Backends.BouncyCastle;

/// <summary>Moves keys between the BCL types of the public API and BouncyCastle's parameters, through their standard encodings.</summary>
internal static class BouncyCastleKeyParameters
{
    public static AsymmetricKeyParameter FromPublicKey(PublicKey publicKey) =>
        PublicKeyFactory.CreateKey(publicKey.ExportSubjectPublicKeyInfo());

    public static AsymmetricKeyParameter FromPrivateKey(AsymmetricAlgorithm key) => key switch
    {
        RSA or ECDsa => PrivateKeyFactory.CreateKey(key.ExportPkcs8PrivateKey()),
        _ => throw new MyProxyCryptoException($"A {key.GetType().Name} key cannot sign; use RSA or ECDSA."),
    };

    public static PublicKey ToPublicKey(byte[] subjectPublicKeyInfo) =>
        PublicKey.CreateFromSubjectPublicKeyInfo(subjectPublicKeyInfo, out _);

    /// <summary>An RSA PKCS#1 v1.5 or ECDSA signer with <paramref name="hash"/>, for the kind of <paramref name="key"/>.</summary>
    public static ISignatureFactory SignatureFactory(AsymmetricAlgorithm key, HashAlgorithmName hash)
    {
        var family = key is RSA ? "RSA" : "ECDSA";
        var digest = hash.Name switch
        {
            "SHA256" or "SHA384" or "SHA512" => hash.Name,
            _ => throw new MyProxyCryptoException($"The digest {hash.Name} is not supported for signing; use SHA256, SHA384 or SHA512."),
        };
        return new Asn1SignatureFactory($"{digest}WITH{family}", FromPrivateKey(key), BouncyCastleKeys.Random);
    }
}
