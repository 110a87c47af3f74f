using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NewsBot.Cli;

/// <summary>Builds the services a verb needs from appsettings.json (or --config), the environment and the context's overrides.</summary>
internal static class CliHost
{
    private const string DataDirectorySetting = "Storage:DataDirectory";

    public static IHost Build(CliContext context, ParseResult parse)
    {
        var verbose = parse.GetValue(CommonOptions.Verbose);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = context.WorkingDirectory,
            DisableDefaults = true,
        });
        AddConfiguration(builder.Configuration, context, parse.GetValue(CommonOptions.Config));
        builder.Logging.AddProvider(new TextWriterLoggerProvider(context.Error, verbose ? LogLevel.Debug : LogLevel.Warning));
        if (!verbose)
        {
            // Retries and per-request lines are noise on a terminal; failures still surface as one line.
            builder.Logging.AddFilter("Polly", LogLevel.Error);
            builder.Logging.AddFilter("System.Net.Http", LogLevel.Error);
            // Failed Discord calls come back as typed errors that the verb reports as its one line.
            builder.Logging.AddFilter("NewsBot.Discord.Rest.DiscordRestClient", LogLevel.None);
        }
        builder.Services.AddNewsBot();
        var host = builder.Build();
        host.Services.GetRequiredService<IStartupValidator>().Validate();
        return host;
    }

    private static void AddConfiguration(ConfigurationManager configuration, CliContext context, FileInfo? configFile)
    {
        if (configFile is not null && !configFile.Exists)
            throw new UsageException($"{configFile.FullName}: settings file not found");
        var path = configFile?.FullName ?? Path.Combine(context.WorkingDirectory, "appsettings.json");
        try
        {
            configuration.AddJsonFile(path, optional: configFile is null, reloadOnChange: false);
        }
        catch (InvalidDataException e)
        {
            throw new UsageException($"{path}: not valid JSON settings ({e.InnerException?.Message ?? e.Message})", e);
        }
        configuration.AddEnvironmentVariables();
        configuration.AddInMemoryCollection(context.ConfigurationOverrides);
        // A relative data folder belongs to the working folder the settings came from, not to wherever the process started.
        var dataDirectory = configuration[DataDirectorySetting];
        configuration[DataDirectorySetting] = Path.Combine(context.WorkingDirectory, string.IsNullOrWhiteSpace(dataDirectory) ? "data" : dataDirectory);
    }
}
