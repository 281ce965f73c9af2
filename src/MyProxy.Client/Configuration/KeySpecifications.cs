using MyProxy.Crypto.Keys;

namespace MyProxy.Client.Configuration;

/// <summary>Turns the options' key type and size into the crypto layer's specification.</summary>
internal static class KeySpecifications
{
    private const int DefaultRsaBits = 2048;

    public static KeySpecification From(MyProxyKeyType type, int size) => type switch
    {
        MyProxyKeyType.Rsa => KeySpecification.Rsa(size),
        // 2048 is the untouched default of KeySize, so "KeyType=ec" alone means P-256.
        MyProxyKeyType.EC when size is 256 or DefaultRsaBits => KeySpecification.EcP256,
        MyProxyKeyType.EC when size == 384 => KeySpecification.EcP384,
        MyProxyKeyType.EC => throw new ArgumentOutOfRangeException(nameof(size), size, "An EC key is 256 (P-256) or 384 (P-384) bits."),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "The key type is rsa or ec."),
    };
}
