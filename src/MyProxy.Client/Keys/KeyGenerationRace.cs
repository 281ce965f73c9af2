using System.Security.Cryptography;

namespace MyProxy.Client.Keys;

/// <summary>
/// Runs key generations side by side and keeps the first: RSA generation time has a long tail (the search for
/// primes), so the first of two finishes well ahead of one on average. Every key is a full-quality key; the
/// losers are disposed as they finish.
/// </summary>
internal static class KeyGenerationRace
{
    /// <summary>The most generations a logon may race (<see cref="MyProxyClientOptions.ParallelKeyGenerations"/>).</summary>
    public const int MaxGenerations = 8;

    /// <summary>The first key of <paramref name="generations"/>; faults only when every generation failed (with the first failure).</summary>
    public static Task<AsymmetricAlgorithm> RunAsync(Func<AsymmetricAlgorithm> generate, int generations)
    {
        ArgumentNullException.ThrowIfNull(generate);
        ArgumentOutOfRangeException.ThrowIfLessThan(generations, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(generations, MaxGenerations);
        if (generations == 1)
        {
            return Generate(generate);
        }

        var first = new TaskCompletionSource<AsymmetricAlgorithm>(TaskCreationOptions.RunContinuationsAsynchronously);
        var failures = new Exception?[generations];
        var remaining = generations;
        for (var i = 0; i < generations; i++)
        {
            var index = i;
            _ = Generate(generate).ContinueWith(
                generated =>
                {
                    if (generated.IsCompletedSuccessfully)
                    {
                        if (!first.TrySetResult(generated.Result))
                        {
                            generated.Result.Dispose();
                        }
                    }
                    else
                    {
                        failures[index] = generated.Exception!.InnerException ?? generated.Exception;
                    }

                    if (Interlocked.Decrement(ref remaining) == 0 && !first.Task.IsCompleted)
                    {
                        first.TrySetException(failures.First(failure => failure is not null)!);
                    }
                },
                CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        return first.Task;
    }

    /// <summary>
    /// One generation on a thread of its own, not the thread pool's: on a two-core machine two generations would
    /// take both pool threads, and the logon's own socket and TLS continuations would wait for the pool to grow.
    /// </summary>
    private static Task<AsymmetricAlgorithm> Generate(Func<AsymmetricAlgorithm> generate) =>
        Task.Factory.StartNew(() => Materialize(generate()), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>
    /// Makes the key really exist now: OpenSSL's RSA key in .NET is generated on first use, so without this the
    /// work would run later, on the logon's path, and a race would compare nothing.
    /// </summary>
    private static AsymmetricAlgorithm Materialize(AsymmetricAlgorithm key)
    {
        try
        {
            switch (key)
            {
                case RSA rsa:
                    _ = rsa.ExportParameters(includePrivateParameters: false);
                    break;
                case ECDsa ecdsa:
                    _ = ecdsa.ExportParameters(includePrivateParameters: false);
                    break;
            }

            return key;
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }
}
