using System.Security.Cryptography;

namespace MyProxy.Client.Keys;

/// <summary>
/// A key that is being made while the logon connects, handshakes and sends its request: taken only when the
/// certificate request must be written. Disposing it without taking it disposes the key whenever it arrives, and
/// observes a failed generation, so no key and no task exception is left behind on a cancelled or failed logon.
/// </summary>
internal sealed class PendingKey : IDisposable
{
    private readonly Task<AsymmetricAlgorithm> _key;
    private int _state; // 0 pending, 1 taken, 2 disposed

    private PendingKey(Task<AsymmetricAlgorithm> key) => _key = key;

    /// <summary>Whether the key is there (or its generation has failed): a wait for it would not block.</summary>
    public bool IsCompleted => _key.IsCompleted;

    /// <summary>A key that is already there (the caller's copy, or one from a pool).</summary>
    public static PendingKey FromKey(AsymmetricAlgorithm key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new PendingKey(Task.FromResult(key));
    }

    /// <summary>Starts <paramref name="generations"/> generations on threads of their own, keeping the first to finish.</summary>
    /// <param name="generate">Makes one key; see <see cref="KeyGenerationRace"/>.</param>
    /// <param name="generations">How many race (1: no race).</param>
    public static PendingKey Start(Func<AsymmetricAlgorithm> generate, int generations) =>
        new(KeyGenerationRace.RunAsync(generate, generations));

    /// <summary>Waits for the key and hands it over: from then on the caller owns (and disposes) it.</summary>
    /// <exception cref="OperationCanceledException">Cancelled while waiting; the key is disposed when it arrives.</exception>
    public async Task<AsymmetricAlgorithm> TakeAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _state) == 2, this);
        var key = await _key.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (Interlocked.CompareExchange(ref _state, 1, 0) != 0)
        {
            // Disposed (or taken) while we waited: the dispose path owns the key.
            throw new ObjectDisposedException(nameof(PendingKey));
        }

        return key;
    }

    public void Dispose()
    {
        if (Interlocked.CompareExchange(ref _state, 2, 0) != 0)
        {
            return;
        }

        _ = _key.ContinueWith(
            static generated =>
            {
                if (generated.IsCompletedSuccessfully)
                {
                    generated.Result.Dispose();
                }
                else
                {
                    _ = generated.Exception; // observed: a failed generation nobody waits for is not an error
                }
            },
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}
