using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MyProxy.IntegrationTests.Secrets;

/// <summary>
/// Every log event at every level (Trace included) as text: the formatted message, each structured value and
/// scope, and the exception with its inner exceptions (<see cref="Exception.ToString"/>).
/// </summary>
internal sealed class CapturingLoggerFactory : ILoggerFactory
{
    private readonly ConcurrentQueue<string> _events = new();

    public IReadOnlyCollection<string> Events => _events;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _events);

    public void AddProvider(ILoggerProvider provider)
    {
        // Everything is captured here; there is nowhere else to send it.
    }

    public void Dispose()
    {
        // Nothing is owned.
    }

    private sealed class Logger(string category, ConcurrentQueue<string> events) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            events.Enqueue($"{category} scope: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(pair => $"{pair.Key}={pair.Value}")) : string.Empty;
            events.Enqueue($"{category} {logLevel} {eventId}: {formatter(state, exception)} [{values}] {exception}");
        }
    }
}
