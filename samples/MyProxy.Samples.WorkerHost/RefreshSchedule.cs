using Microsoft.Extensions.Options;

namespace MyProxy.Samples.WorkerHost;

/// <summary>When to refresh next: before the proxy runs low, and with a growing back-off after failures.</summary>
internal sealed class RefreshSchedule
{
    private readonly ProxyFileOptions _options;
    private readonly TimeProvider _time;

    public RefreshSchedule(IOptions<ProxyFileOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
    }

    /// <summary>
    /// The wait until the remaining lifetime drops below <see cref="ProxyFileOptions.RefreshBefore"/> (or
    /// <see cref="ProxyFileOptions.RefreshFraction"/> of the lifetime); never shorter than
    /// <see cref="ProxyFileOptions.RetryDelay"/>, so a server that hands out short proxies is not hammered.
    /// </summary>
    public TimeSpan DelayAfterSuccess(RefreshedProxy proxy)
    {
        ArgumentNullException.ThrowIfNull(proxy);
        var lifetime = proxy.NotAfter - proxy.NotBefore;
        var margin = _options.RefreshBefore ?? lifetime * _options.RefreshFraction;
        var delay = proxy.NotAfter - margin - _time.GetUtcNow();
        return delay < _options.RetryDelay ? _options.RetryDelay : delay;
    }

    /// <summary>The wait after <paramref name="failures"/> failures in a row: the retry delay, doubled each time, capped.</summary>
    public TimeSpan DelayAfterFailure(int failures)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failures, 1);
        var factor = Math.Pow(2, Math.Min(failures - 1, 30));
        var delay = _options.RetryDelay * factor;
        return delay > _options.MaxRetryDelay ? _options.MaxRetryDelay : delay;
    }
}
