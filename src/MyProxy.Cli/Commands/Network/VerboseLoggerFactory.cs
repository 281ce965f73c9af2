using Microsoft.Extensions.Logging;

namespace MyProxy.Cli.Commands.Network;

/// <summary>
/// <c>-v</c>: the client's log, one line per event on standard error. The client's messages never carry
/// pass phrases or keys, so neither does the trace.
/// </summary>
internal sealed class VerboseLoggerFactory(TextWriter error) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new Logger(error);

    public void AddProvider(ILoggerProvider provider)
    {
        // The trace has one destination.
    }

    public void Dispose()
    {
        // Nothing is owned.
    }

    private sealed class Logger(TextWriter error) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            error.WriteLine($"myproxy: {formatter(state, exception)}");
        }
    }
}
