using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Spm.Testing;

/// <summary>A logger provider that keeps every formatted line, to assert what is (and is not) logged.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, EventId Id, string Message)> lines = new();

    public IReadOnlyList<(string Category, EventId Id, string Message)> Lines => [.. lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

    public ILogger<T> For<T>() => new Logger<T>(new Factory(this));

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<(string, EventId, string)> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue((category, eventId, formatter(state, exception)));
    }

    private sealed class Factory(RecordingLoggerProvider provider) : ILoggerFactory
    {
        public void AddProvider(ILoggerProvider provider)
        {
        }

        public ILogger CreateLogger(string categoryName) => provider.CreateLogger(categoryName);

        public void Dispose()
        {
        }
    }
}
