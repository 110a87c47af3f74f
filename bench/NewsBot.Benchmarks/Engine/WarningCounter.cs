using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace NewsBot.Benchmarks.Engine;

/// <summary>Counts the engine's warnings and errors and keeps the first few, so a run that quietly failed pages says so.</summary>
internal sealed class WarningCounter : ILoggerProvider
{
    private const int Kept = 5;
    private readonly ConcurrentQueue<string> _first = new();
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public IReadOnlyList<string> First => [.. _first];

    public ILogger CreateLogger(string categoryName) => new Counter(this, categoryName);

    public void Dispose()
    {
    }

    private void Record(string line)
    {
        if (Interlocked.Increment(ref _count) <= Kept)
            _first.Enqueue(line);
    }

    private sealed class Counter(WarningCounter owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
                owner.Record($"{logLevel} {category}: {formatter(state, exception)}");
        }
    }
}
