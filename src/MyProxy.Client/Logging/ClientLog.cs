using Microsoft.Extensions.Logging;
using MyProxy.Protocol.Requests;

namespace MyProxy.Client.Logging;

/// <summary>The client's log messages (event ids 1000–1099). Never passphrases, keys or request bodies.</summary>
internal static partial class ClientLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Debug, Message = "Connecting to {Servers} with {Transport} ({Credential})")]
    public static partial void Connecting(ILogger logger, string servers, string transport, string credential);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Debug, Message = "Connected to {Endpoint} ({Protocol}, {CipherSuite})")]
    public static partial void Connected(ILogger logger, string endpoint, string protocol, string cipherSuite);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Debug, Message = "Sent {Command} for user {Username}")]
    public static partial void RequestSent(ILogger logger, MyProxyCommand command, string username);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "The server refused {Command} in phase {Phase}: {ServerErrors}")]
    public static partial void ServerRefused(ILogger logger, MyProxyCommand command, MyProxyPhase phase, string serverErrors);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Debug, Message = "Answering the server's {Method} authorization challenge with the credential of {Subject}")]
    public static partial void AnsweringChallenge(ILogger logger, string method, string subject);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "{Command} for user {Username} completed on {Endpoint}")]
    public static partial void Completed(ILogger logger, MyProxyCommand command, string username, string endpoint);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "Trust bootstrap: trusting CA {Subject} (SHA-256 {Fingerprint}) that issued the server certificate {ServerSubject}")]
    public static partial void BootstrapTrusted(ILogger logger, string subject, string fingerprint, string serverSubject);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Information, Message = "Installed {Count} trust-root files in {Directory}")]
    public static partial void TrustRootsInstalled(ILogger logger, int count, string directory);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Warning, Message = "{Command} failed in phase {Phase}: {Reason}")]
    public static partial void Failed(ILogger logger, MyProxyCommand command, MyProxyPhase phase, string reason);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Debug, Message = "Received {Count} certificates; leaf {Subject}")]
    public static partial void ChainReceived(ILogger logger, int count, string subject);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Warning, Message = "The key pool could not generate a {Key} key; retrying: {Reason}")]
    public static partial void KeyPoolRefillFailed(ILogger logger, string key, string reason);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Debug, Message = "Certificate request due; the key was ready: {KeyReady}")]
    public static partial void KeyAwaited(ILogger logger, bool keyReady);
}
