using System.Security.Cryptography;
using MyProxy.Client.Keys;
using MyProxy.Client.Tests.Support;

namespace MyProxy.Client.Tests.Keys;

public sealed class PendingKeyTests
{
    [Test]
    public async Task TakeAsync_Generated_ReturnsTheKey()
    {
        using var key = new TrackedRsa();
        using var pending = PendingKey.Start(() => key, 1);

        Assert.That(await pending.TakeAsync(CancellationToken.None), Is.SameAs(key));
    }

    [Test]
    public async Task TakeAsync_Generated_KeyExistsBeforeItIsHandedOver()
    {
        using var key = new TrackedRsa();
        using var pending = PendingKey.Start(() => key, 1);

        await pending.TakeAsync(CancellationToken.None);

        Assert.That(key.ParametersRead, Is.True);
    }

    [Test]
    public async Task Dispose_AfterTake_LeavesTheKeyToTheTaker()
    {
        using var key = new TrackedRsa();
        var pending = PendingKey.Start(() => key, 1);
        await pending.TakeAsync(CancellationToken.None);

        pending.Dispose();

        Assert.That(key.IsDisposed, Is.False);
    }

    [Test]
    public async Task Dispose_BeforeTheKeyArrives_DisposesItWhenItArrives()
    {
        using var release = new ManualResetEventSlim();
        using var key = new TrackedRsa();
        var pending = PendingKey.Start(() => { release.Wait(); return key; }, 1);

        pending.Dispose();
        release.Set();

        await key.Disposed;
        Assert.That(key.IsDisposed, Is.True);
    }

    [Test]
    public async Task TakeAsync_Cancelled_ThrowsAndDisposeStillDisposesTheKey()
    {
        using var release = new ManualResetEventSlim();
        using var cancellation = new CancellationTokenSource();
        using var key = new TrackedRsa();
        var pending = PendingKey.Start(() => { release.Wait(); return key; }, 1);
        var take = pending.TakeAsync(cancellation.Token);

        await cancellation.CancelAsync();

        Assert.That(async () => await take, Throws.InstanceOf<OperationCanceledException>());
        pending.Dispose();
        release.Set();
        await key.Disposed;
    }

    [Test]
    public void TakeAsync_GenerationFails_ThrowsTheFailure()
    {
        using var pending = PendingKey.Start(() => throw new CryptographicException("no entropy"), 1);

        Assert.That(async () => await pending.TakeAsync(CancellationToken.None),
            Throws.InstanceOf<CryptographicException>().With.Message.EqualTo("no entropy"));
    }

    [Test]
    public void TakeAsync_AfterDispose_ThrowsObjectDisposed()
    {
        using var key = new TrackedRsa();
        var pending = PendingKey.FromKey(key);
        pending.Dispose();

        Assert.That(async () => await pending.TakeAsync(CancellationToken.None), Throws.InstanceOf<ObjectDisposedException>());
    }

    [Test]
    public async Task Dispose_GenerationFailedUnobserved_RaisesNoUnobservedTaskException()
    {
        var unobserved = 0;
        void Count(object? sender, UnobservedTaskExceptionEventArgs e) => Interlocked.Increment(ref unobserved);
        TaskScheduler.UnobservedTaskException += Count;
        try
        {
            await DisposeFailedGenerationAsync();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
        }
        finally
        {
            TaskScheduler.UnobservedTaskException -= Count;
        }

        Assert.That(unobserved, Is.Zero);
    }

    // Its own method, so no local keeps the failed task reachable when the test collects.
    private static async Task DisposeFailedGenerationAsync()
    {
        using var failed = new ManualResetEventSlim();
        var pending = PendingKey.Start(() => { failed.Set(); throw new CryptographicException("no entropy"); }, 2);
        failed.Wait();
        pending.Dispose();
        await Task.Delay(50).ConfigureAwait(false); // let the continuations run; not a timing assertion
    }
}
