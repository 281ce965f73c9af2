using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MyProxy.Samples.WorkerHost;

/// <summary>Refreshes the proxy file now, then again whenever <see cref="RefreshSchedule"/> says, until the host stops.</summary>
internal sealed class ProxyRefreshWorker : BackgroundService
{
    private readonly ProxyRefresher _refresher;
    private readonly RefreshSchedule _schedule;
    private readonly TimeProvider _time;
    private readonly ILogger<ProxyRefreshWorker> _logger;

    public ProxyRefreshWorker(ProxyRefresher refresher, RefreshSchedule schedule, TimeProvider time, ILogger<ProxyRefreshWorker> logger)
    {
        _refresher = refresher;
        _schedule = schedule;
        _time = time;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        WorkerLog.Started(_logger, _refresher.OutputPath);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var delay = await RefreshOnceAsync(failures, stoppingToken);
            failures = delay.Failed ? failures + 1 : 0;
            try
            {
                await Task.Delay(delay.Wait, _time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task<(TimeSpan Wait, bool Failed)> RefreshOnceAsync(int failuresSoFar, CancellationToken stoppingToken)
    {
        try
        {
            var proxy = await _refresher.RefreshAsync(stoppingToken);
            var wait = _schedule.DelayAfterSuccess(proxy);
            WorkerLog.Refreshed(_logger, proxy.Path, proxy.NotAfter, wait);
            return (wait, false);
        }
        catch (Exception exception) when (exception is MyProxyException or IOException or UnauthorizedAccessException)
        {
            // The old file stays until it expires; a later attempt may still replace it in time.
            var wait = _schedule.DelayAfterFailure(failuresSoFar + 1);
            WorkerLog.RefreshFailed(_logger, _refresher.OutputPath, failuresSoFar + 1, exception.Message, wait);
            return (wait, true);
        }
    }
}
