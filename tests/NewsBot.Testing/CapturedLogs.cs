using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace NewsBot.Testing;

/// <summary>Keeps every log line (exceptions included) so tests can assert what was, and was not, logged, and at which level.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Text)> _lines = new();

    public IReadOnlyList<(LogLevel Level, string Text)> Lines => [.. _lines];

    public IReadOnlyList<string> At(LogLevel level) => [.. _lines.Where(l => l.Level == level).Select(l => l.Text)];

    public string All => string.Join('\n', _lines.Select(l => l.Text));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._lines.Enqueue((logLevel, exception is null ? $"{category}: {formatter(state, exception)}" : $"{category}: {formatter(state, exception)} {exception}"));
    }
}
