using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace NewsBot.Cli;

/// <summary>
/// Logging for <c>run</c>, a service whose output a collector reads: one line per event on the output, UTC ISO-8601
/// timestamps, Information and up (Debug with --verbose), or JSON objects with <c>Logging:Console:FormatterName=json</c>.
/// The one-shot verbs keep their plain "warning: …" lines on stderr.
/// </summary>
internal static class ServiceLogging
{
    public const string TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";

    public static void Use(HostApplicationBuilder builder, TextWriter output, bool verbose)
    {
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(verbose ? LogLevel.Debug : LogLevel.Information);
        // Quartz announces its own start and configuration at Information: several lines that say nothing to an operator.
        builder.Logging.AddFilter("Quartz", verbose ? LogLevel.Debug : LogLevel.Warning);
        // The host's "Application started … Content root path" lines would crowd out the one start-up line that matters.
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", verbose ? LogLevel.Debug : LogLevel.Warning);
        // Our defaults come first, so Logging:Console:FormatterOptions in the settings overrides any of them.
        builder.Services.Configure<SimpleConsoleFormatterOptions>(simple =>
        {
            simple.SingleLine = true;
            simple.UseUtcTimestamp = true;
            simple.TimestampFormat = TimestampFormat + " ";
            simple.ColorBehavior = LoggerColorBehavior.Disabled;
        });
        builder.Services.Configure<JsonConsoleFormatterOptions>(json =>
        {
            json.UseUtcTimestamp = true;
            json.TimestampFormat = TimestampFormat;
        });
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        // The console logger registers its formatters and binds their settings; its provider, which writes to the process
        // console, gives way to one that writes to the CLI's output.
        builder.Logging.AddConsole();
        builder.Services.RemoveAll<ILoggerProvider>();
        builder.Services.AddSingleton<ILoggerProvider>(services => new FormattedWriterLoggerProvider(
            output, services.GetServices<ConsoleFormatter>(), services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>(), verbose));
    }
}
