using MyProxy.Crypto.Backends.BouncyCastle;
using MyProxy.Crypto.Backends.SystemCrypto;

namespace MyProxy.Crypto.Tests.Contract;

/// <summary>The providers every contract test runs against: <c>[TestFixtureSource(typeof(Backends), nameof(Backends.All))]</c>.</summary>
public static class Backends
{
    public static IEnumerable<ICryptoProvider> All { get; } = [SystemCryptoProvider.Instance, BouncyCastleCryptoProvider.Instance];
}
