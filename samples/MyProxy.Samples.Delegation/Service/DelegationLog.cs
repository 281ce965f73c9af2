namespace MyProxy.Samples.Delegation.Service;

/// <summary>The service's log messages: ids and identities only, never keys or certificates.</summary>
internal sealed partial class DelegationLog
{
    private readonly ILogger _logger;

    public DelegationLog(ILogger<DelegationLog> logger)
    {
        _logger = logger;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Delegation {Id}: key and request made for {Identity}")]
    public partial void RequestIssued(string id, string? identity);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Delegation {Id}: full proxy stored for {Identity} (limited: {IsLimited})")]
    public partial void ProxyStored(string id, string identity, bool isLimited);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Delegation {Id}: refused; its key was discarded")]
    public partial void DelegationRefused(string id);
}
