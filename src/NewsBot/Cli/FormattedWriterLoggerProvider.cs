using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace NewsBot.Cli;

/// <summary>
/// The console logger's own formatters (simple or json, <c>Logging:Console:FormatterName</c>) writing to the CLI context's
/// output instead of the process console, so a test reads exactly what a collector would. Answers to the "Console" alias, so
/// <c>Logging:Console:LogLevel</c> applies as it would to the console logger.
/// </summary>
[ProviderAlias("Console")]
internal sealed class FormattedWriterLoggerProvider(
    TextWriter writer, IEnumerable<ConsoleFormatter> formatters, IOptionsMonitor<ConsoleLoggerOptions> options, bool verbose) : ILoggerProvider, ISupportExternalScope
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ConsoleFormatter> _formatters = formatters.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ILogger CreateLogger(string categoryName) => new FormattedLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose() { }

    private ConsoleFormatter Formatter =>
        _formatters.GetValueOrDefault(options.CurrentValue.FormatterName ?? ConsoleFormatterNames.Simple) ?? _formatters[ConsoleFormatterNames.Simple];

    private void Write<TState>(in LogEntry<TState> entry)
    {
        // The verb reports a start-up failure as its one error line; the host's own report of it is for --verbose.
        if (!verbose && entry.EventId.Name == "HostedServiceStartupFaulted")
            return;
        using var line = new StringWriter();
        Formatter.Write(entry, _scopes, line);
        lock (_gate)
        {
            writer.Write(line.ToString());
            writer.Flush();
        }
    }

    private sealed class FormattedLogger(FormattedWriterLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            provider.Write(new LogEntry<TState>(logLevel, category, eventId, state, exception, formatter));
    }
}
