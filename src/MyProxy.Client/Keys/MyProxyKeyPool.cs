using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using MyProxy.Client.Logging;
using MyProxy.Crypto;
using MyProxy.Crypto.Keys;

namespace MyProxy.Client.Keys;

/// <summary>
/// A bounded pool of fresh keys of one specification, refilled in the background. Each key leaves the pool once,
/// for one logon; when the pool is empty the caller generates its key inline rather than wait. Keys are held only
/// in memory and disposed with the pool. Thread-safe.
/// </summary>
internal sealed class MyProxyKeyPool : IDisposable
{
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(1);

    private readonly ICryptoProvider _crypto;
    private readonly ILogger _logger;
    private readonly ConcurrentQueue<AsymmetricAlgorithm> _keys = new();
    private readonly SemaphoreSlim _taken = new(0);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task[] _refills;

    // Keys in the queue plus keys being generated for it: never more than Size.
    private int _reserved;
    private int _disposed;

    public MyProxyKeyPool(ICryptoProvider crypto, KeySpecification specification, int size, int refillConcurrency, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(crypto);
        ArgumentNullException.ThrowIfNull(specification);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(refillConcurrency);
        _crypto = crypto;
        _logger = logger;
        Specification = specification;
        Size = size;
        _refills = [.. Enumerable.Range(0, refillConcurrency).Select(_ => Task.Run(RefillAsync))];
    }

    /// <summary>What every key in the pool is.</summary>
    public KeySpecification Specification { get; }

    /// <summary>The most keys the pool holds.</summary>
    public int Size { get; }

    /// <summary>Keys ready now.</summary>
    public int Available => _keys.Count;

    /// <summary>A key of <see cref="Specification"/> the caller now owns: from the pool, or generated now when it is empty.</summary>
    public AsymmetricAlgorithm Take() => TryTake(out var key) ? key : Generate();

    /// <summary>A pooled key the caller now owns, if one is ready; never generates (the caller then makes its own).</summary>
    public bool TryTake([NotNullWhen(true)] out AsymmetricAlgorithm? key)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (!_keys.TryDequeue(out key))
        {
            return false;
        }

        Interlocked.Decrement(ref _reserved);
        _taken.Release();
        return true;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _stopping.Cancel();
        Task.WaitAll(_refills);
        while (_keys.TryDequeue(out var key))
        {
            key.Dispose();
        }

        _stopping.Dispose();
        _taken.Dispose();
    }

    private async Task RefillAsync()
    {
        var stopping = _stopping.Token;
        while (!stopping.IsCancellationRequested)
        {
            if (Interlocked.Increment(ref _reserved) > Size)
            {
                Interlocked.Decrement(ref _reserved);
                if (!await WaitAsync(_taken.WaitAsync(stopping)).ConfigureAwait(false))
                {
                    return;
                }

                continue;
            }

            if (!await TryAddKeyAsync(stopping).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    private async Task<bool> TryAddKeyAsync(CancellationToken stopping)
    {
        try
        {
            _keys.Enqueue(Generate());
            return true;
        }
        catch (Exception exception) when (exception is CryptographicException or MyProxyException)
        {
            Interlocked.Decrement(ref _reserved);
            ClientLog.KeyPoolRefillFailed(_logger, Specification.ToString(), exception.Message);
            return await WaitAsync(Task.Delay(RetryAfterFailure, stopping)).ConfigureAwait(false);
        }
    }

    /// <summary>False when the pool is being disposed.</summary>
    private static async Task<bool> WaitAsync(Task wait)
    {
        try
        {
            await wait.ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>
    /// A new key, really generated: .NET's OpenSSL RSA makes its key pair on first use, which would move the cost
    /// from the background refill to the logon; exporting the public key forces it now.
    /// </summary>
    private AsymmetricAlgorithm Generate()
    {
        var key = _crypto.GenerateKey(Specification);
        try
        {
            _ = key.ExportSubjectPublicKeyInfo();
            return key;
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }
}
