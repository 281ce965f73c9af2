using System.Security.Cryptography;

namespace MyProxy.Crypto.Tests.Support;

/// <summary>
/// The one pool of RSA-2048 keys for every test in this project, generated once (generation is the slow part).
/// <see cref="Rsa"/> returns an independent copy the caller may dispose, and consecutive calls return different
/// keys; <see cref="Shared"/> hands out a pool key itself, for fixtures that name fixed keys (<c>PkiKeys</c>).
/// </summary>
internal static class TestKeys
{
    private const int PoolSize = 6;

    private static readonly Lazy<RSA[]> Pool = new(() => Enumerable.Range(0, PoolSize).Select(_ => RSA.Create(2048)).ToArray());

    private static int _next;

    /// <summary>Pool key <paramref name="index"/> itself: never dispose it.</summary>
    public static RSA Shared(int index) => Pool.Value[index];

    public static RSA Rsa() => Copy(Pool.Value[(int)((uint)Interlocked.Increment(ref _next) % PoolSize)]);

    public static RSA Copy(RSA key)
    {
        var copy = RSA.Create();
        copy.ImportParameters(key.ExportParameters(includePrivateParameters: true));
        return copy;
    }

    public static ECDsa EcP256() => ECDsa.Create(ECCurve.NamedCurves.nistP256);
}
