using Microsoft.Extensions.Logging;

namespace MyProxy.Samples.WorkerHost;

/// <summary>The worker's log events (2000–2002). Never the passphrase: only paths, times and error messages.</summary>
internal static partial class WorkerLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Wrote {Path}, valid until {NotAfter:u}; next refresh in {Delay}")]
    public static partial void Refreshed(ILogger logger, string path, DateTimeOffset notAfter, TimeSpan delay);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Refreshing {Path} failed ({Failures} in a row): {Reason}; retrying in {Delay}")]
    public static partial void RefreshFailed(ILogger logger, string path, int failures, string reason, TimeSpan delay);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Keeping {Path} fresh")]
    public static partial void Started(ILogger logger, string path);
}
