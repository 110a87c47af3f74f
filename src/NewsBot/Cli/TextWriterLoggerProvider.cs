using Microsoft.Extensions.Logging;

namespace NewsBot.Cli;

/// <summary>Logs as plain "warning: …" lines on the CLI's error writer, so output stays readable and testable.</summary>
internal sealed class TextWriterLoggerProvider(TextWriter writer, LogLevel minimum) : ILoggerProvider
{
    private readonly Lock _gate = new();

    public ILogger CreateLogger(string categoryName) => new WriterLogger(this);

    public void Dispose() { }

    private bool IsEnabled(LogLevel level) => level >= minimum && level != LogLevel.None;

    /// <summary>
    /// The host's "Hosting failed to start" names the exception the verb then reports as its one line (a read-only
    /// database, say); a second line says nothing more, except with --verbose.
    /// </summary>
    private bool IsReportedByTheVerb(EventId eventId) => minimum > LogLevel.Debug && eventId.Name == "HostedServiceStartupFaulted";

    private void Write(LogLevel level, string message, Exception? exception)
    {
        lock (_gate)
        {
            writer.WriteLine($"{level.ToString().ToLowerInvariant()}: {message}");
            if (exception is not null && minimum <= LogLevel.Debug)
                writer.WriteLine(exception);
        }
    }

    private sealed class WriterLogger(TextWriterLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => provider.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (provider.IsEnabled(logLevel) && !provider.IsReportedByTheVerb(eventId))
                provider.Write(logLevel, formatter(state, exception), exception);
        }
    }
}
