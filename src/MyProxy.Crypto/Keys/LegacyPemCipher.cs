namespace MyProxy.Crypto.Keys;

/// <summary>The cipher families legacy OpenSSL key encryption uses.</summary>
internal enum LegacyPemCipher
{
    /// <summary>DES-EDE3-CBC.</summary>
    TripleDes,

    /// <summary>AES-128/192/256-CBC.</summary>
    Aes,
}
