using System.Security.Cryptography;
using MyProxy.Client.Keys;
using MyProxy.Client.Tests.Support;

namespace MyProxy.Client.Tests.Keys;

public sealed class KeyGenerationRaceTests
{
    [Test]
    public async Task RunAsync_TwoGenerations_KeepsTheFirstAndDisposesTheOther()
    {
        using var releaseSlow = new ManualResetEventSlim();
        using var fast = new TrackedRsa();
        using var slow = new TrackedRsa();
        var calls = 0;
        AsymmetricAlgorithm Generate()
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                return fast;
            }

            releaseSlow.Wait();
            return slow;
        }

        var first = await KeyGenerationRace.RunAsync(Generate, 2);
        releaseSlow.Set();

        await slow.Disposed;
        Assert.Multiple(() =>
        {
            Assert.That(first, Is.SameAs(fast));
            Assert.That(fast.IsDisposed, Is.False);
        });
    }

    [Test]
    public async Task RunAsync_OneGenerationFails_ReturnsTheOther()
    {
        using var key = new TrackedRsa();
        var calls = 0;
        AsymmetricAlgorithm Generate() =>
            Interlocked.Increment(ref calls) == 1 ? throw new CryptographicException("unlucky") : key;

        Assert.That(await KeyGenerationRace.RunAsync(Generate, 2), Is.SameAs(key));
    }

    [Test]
    public void RunAsync_EveryGenerationFails_ThrowsAFailure() =>
        Assert.That(async () => await KeyGenerationRace.RunAsync(() => throw new CryptographicException("no entropy"), 3),
            Throws.InstanceOf<CryptographicException>().With.Message.EqualTo("no entropy"));

    [Test]
    public async Task RunAsync_Race_GeneratesEachKeyBeforeItCounts()
    {
        using var key = new TrackedRsa();
        using var other = new TrackedRsa();
        var calls = 0;

        var first = (TrackedRsa)await KeyGenerationRace.RunAsync(() => Interlocked.Increment(ref calls) == 1 ? key : other, 2);

        Assert.That(first.ParametersRead, Is.True);
    }

    [TestCase(0)]
    [TestCase(KeyGenerationRace.MaxGenerations + 1)]
    public void RunAsync_GenerationsOutOfRange_Throws(int generations) =>
        Assert.That(() => KeyGenerationRace.RunAsync(() => new TrackedRsa(), generations), Throws.InstanceOf<ArgumentOutOfRangeException>());
}
