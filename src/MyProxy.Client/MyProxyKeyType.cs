namespace MyProxy.Client;

/// <summary>The family of key a logon generates.</summary>
public enum MyProxyKeyType
{
    /// <summary>RSA of <see cref="MyProxyClientOptions.KeySize"/> bits; the only kind a MyProxy online CA accepts.</summary>
    Rsa,

    /// <summary>ECDSA on P-256 (key size 256) or P-384 (key size 384); accepted by repository servers.</summary>
    EC,
}
