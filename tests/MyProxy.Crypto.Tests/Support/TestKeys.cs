using System.Security.Cryptography;

namespace MyProxy.Crypto.Tests.Support;

/// <summary>
/// RSA-2048 keys for tests, drawn from a small pool generated once (generation is the slow part); each call
/// returns an independent copy the caller may dispose. Consecutive calls return different keys.
/// </summary>
internal static class TestKeys
{
    private const int PoolSize = 6;

    private static readonly Lazy<RSA[]> Pool = new(() => Enumerable.Range(0, PoolSize).Select(_ => RSA.Create(2048)).ToArray());

    private static int _next;

    public static RSA Rsa() => Copy(Pool.Value[(int)((uint)Interlocked.Increment(ref _next) % PoolSize)]);

    public static RSA Copy(RSA key)
    {
        var copy = RSA.Create();
        copy.ImportParameters(key.ExportParameters(includePrivateParameters: true));
        return copy;
    }

    public static ECDsa EcP256() => ECDsa.Create(ECCurve.NamedCurves.nistP256);
}
