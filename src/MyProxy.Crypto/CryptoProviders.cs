using MyProxy.Crypto.Backends.BouncyCastle;
using MyProxy.Crypto.Backends.SystemCrypto;

namespace MyProxy.Crypto;

/// <summary>The built-in <see cref="ICryptoProvider"/> implementations, by backend.</summary>
public static class CryptoProviders
{
    /// <summary>The provider for a backend.</summary>
    /// <param name="backend">System (the default, for FIPS hosts) or BouncyCastle.</param>
    /// <returns>The shared, thread-safe provider instance.</returns>
    public static ICryptoProvider For(CryptoBackend backend) => backend switch
    {
        CryptoBackend.System => SystemCryptoProvider.Instance,
        CryptoBackend.BouncyCastle => BouncyCastleCryptoProvider.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(backend), backend, "Unknown crypto backend."),
    };
}
