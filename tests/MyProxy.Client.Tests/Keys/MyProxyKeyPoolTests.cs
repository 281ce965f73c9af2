using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging.Abstractions;
using MyProxy.Client.Keys;
using MyProxy.Crypto;
using MyProxy.Crypto.Keys;
using NSubstitute;

namespace MyProxy.Client.Tests.Keys;

/// <summary>The pool over a substitute provider that makes real (fast) EC keys and counts them.</summary>
public sealed class MyProxyKeyPoolTests
{
    // A bound for the background refill on a loaded machine, not a timing assertion.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    // Per test: tests of this assembly run in parallel.
    private static readonly AsyncLocal<KeyFactory> Keys = new();

    private static ConcurrentBag<AsymmetricAlgorithm> Generated => Keys.Value!.Generated;

    private static ICryptoProvider Crypto => Keys.Value!.Crypto;

    [SetUp]
    public void SetUp() => Keys.Value = new KeyFactory();

    [TearDown]
    public void TearDown() => Keys.Value?.Dispose();

    [Test]
    public void Constructor_SizeThree_FillsThePoolInTheBackgroundWithThreeKeys()
    {
        using var pool = Pool(size: 3);

        WaitUntil(() => pool.Available == 3);

        Assert.That(Generated, Has.Count.EqualTo(3));
    }

    [Test]
    public void Take_FullPool_HandsOutTheGeneratedKeysEachOnce()
    {
        using var pool = Pool(size: 3);
        WaitUntil(() => pool.Available == 3);
        var pooled = Generated.ToHashSet();

        var taken = Enumerable.Range(0, 3).Select(_ => pool.Take()).ToList();

        Assert.That(taken, Is.Unique.And.All.Matches<AsymmetricAlgorithm>(key => pooled.Contains(key!)));
    }

    [Test]
    public void Take_TwoKeys_RefillsThePoolToItsSize()
    {
        using var pool = Pool(size: 2);
        WaitUntil(() => pool.Available == 2);

        using (pool.Take())
        using (pool.Take())
        {
            WaitUntil(() => pool.Available == 2);
        }

        Assert.That(Generated, Has.Count.EqualTo(4));
    }

    [Test]
    public void Take_EmptyPoolWhileTheRefillIsBusy_GeneratesAKeyInline()
    {
        using var refillRunning = new ManualResetEventSlim();
        using var releaseRefill = new ManualResetEventSlim();
        var calls = 0;
        Crypto.GenerateKey(KeySpecification.EcP256).Returns(_ =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                refillRunning.Set();
                releaseRefill.Wait(Patience);
            }

            return Track(ECDsa.Create(ECCurve.NamedCurves.nistP256));
        });
        using var pool = Pool(size: 1);
        Assert.That(refillRunning.Wait(Patience), Is.True, "the background refill started");

        using var key = pool.Take();
        var (generations, available) = (Volatile.Read(ref calls), pool.Available);
        releaseRefill.Set();

        Assert.That((generations, available), Is.EqualTo((2, 0)), "one key generated inline while the refill still waits");
    }

    [Test]
    public void TryTake_EmptyPoolWhileTheRefillIsBusy_ReturnsFalseWithoutGenerating()
    {
        using var refillRunning = new ManualResetEventSlim();
        using var releaseRefill = new ManualResetEventSlim();
        var calls = 0;
        Crypto.GenerateKey(KeySpecification.EcP256).Returns(_ =>
        {
            Interlocked.Increment(ref calls);
            refillRunning.Set();
            releaseRefill.Wait(Patience);
            return Track(ECDsa.Create(ECCurve.NamedCurves.nistP256));
        });
        using var pool = Pool(size: 1);
        Assert.That(refillRunning.Wait(Patience), Is.True, "the background refill started");

        var taken = pool.TryTake(out var key);
        var generations = Volatile.Read(ref calls);
        releaseRefill.Set();
        key?.Dispose();

        Assert.That((taken, key, generations), Is.EqualTo((false, (AsymmetricAlgorithm?)null, 1)), "only the refill's generation ran");
    }

    [Test]
    public void Take_RsaFromTheSystemBackend_KeyIsAlreadyGenerated()
    {
        using var pool = new MyProxyKeyPool(CryptoProviders.For(CryptoBackend.System), KeySpecification.Rsa(1024), 1, 1, NullLogger.Instance);
        WaitUntil(() => pool.Available == 1);

        using var key = (RSA)pool.Take();

        Assert.That(key.KeySize, Is.EqualTo(1024));
    }

    [Test]
    public void Constructor_GenerationFailsOnce_RetriesAndFillsThePool()
    {
        var calls = 0;
        Crypto.GenerateKey(KeySpecification.EcP256).Returns(_ => Interlocked.Increment(ref calls) == 1
            ? throw new CryptographicException("no entropy today")
            : Track(ECDsa.Create(ECCurve.NamedCurves.nistP256)));

        using var pool = Pool(size: 1);

        WaitUntil(() => pool.Available == 1);
        Assert.That(calls, Is.EqualTo(2));
    }

    [Test]
    public void Dispose_KeysStillInThePool_DisposesThem()
    {
        var pool = Pool(size: 2);
        WaitUntil(() => pool.Available == 2);

        pool.Dispose();

        Assert.That(Generated, Has.All.Matches<AsymmetricAlgorithm>(key => IsDisposed(key!)));
    }

    [Test]
    public void Take_AfterDispose_Throws()
    {
        var pool = Pool(size: 1);
        pool.Dispose();

        Assert.That(() => pool.Take(), Throws.TypeOf<ObjectDisposedException>());
    }

    [Test]
    public void Take_ManyThreadsAtOnce_EveryCallerGetsItsOwnKey()
    {
        using var pool = Pool(size: 4);
        var taken = new ConcurrentBag<AsymmetricAlgorithm>();

        Parallel.For(0, 64, _ => taken.Add(pool.Take()));

        Assert.That(taken, Has.Count.EqualTo(64).And.Unique);
    }

    private static bool IsDisposed(AsymmetricAlgorithm key)
    {
        try
        {
            _ = key.ExportSubjectPublicKeyInfo();
            return false;
        }
        catch (ObjectDisposedException)
        {
            return true;
        }
    }

    private static void WaitUntil(Func<bool> condition) =>
        Assert.That(SpinWait.SpinUntil(condition, Patience), Is.True, "the pool reached the expected state");

    private static MyProxyKeyPool Pool(int size) => new(Crypto, KeySpecification.EcP256, size, refillConcurrency: 1, NullLogger.Instance);

    private static ECDsa Track(ECDsa key)
    {
        Generated.Add(key);
        return key;
    }

    /// <summary>A substitute provider making real P-256 keys, and every key it made.</summary>
    private sealed class KeyFactory : IDisposable
    {
        public KeyFactory()
        {
            Crypto = Substitute.For<ICryptoProvider>();
            Crypto.GenerateKey(KeySpecification.EcP256).Returns(_ =>
            {
                var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
                Generated.Add(key);
                return key;
            });
        }

        public ICryptoProvider Crypto { get; }

        public ConcurrentBag<AsymmetricAlgorithm> Generated { get; } = [];

        public void Dispose()
        {
            foreach (var key in Generated)
            {
                key.Dispose();
            }
        }
    }
}
