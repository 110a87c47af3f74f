using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Cli.Settings;

namespace NewsBot.Cli;

/// <summary>Builds the services a verb needs from appsettings.json (or --config), the environment and the context's overrides.</summary>
internal static class CliHost
{
    private const string DataDirectorySetting = "Storage:DataDirectory";

    /// <param name="register">The verb's services (<see cref="VerbServices"/>).</param>
    /// <param name="customize">A verb's own changes to the defaults (<c>run</c> logs as a service), before the services are added.</param>
    public static IHost Build(CliContext context, ParseResult parse, Action<IServiceCollection> register, Action<HostApplicationBuilder>? customize = null)
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
        customize?.Invoke(builder);
        register(builder.Services);
        // The whole settings file is checked whichever verb runs: a mistake shows the first time anything reads it.
        SettingsChecker.Check(builder.Configuration, SettingsSections.Bot);
        var host = builder.Build();
        try
        {
            host.Services.GetRequiredService<IStartupValidator>().Validate();
        }
        catch (Exception e) when (StartupFailureText.Problems(e, builder.Configuration) is { } problems)
        {
            host.Dispose();
            throw new SettingsException(problems);
        }
        return host;
    }

    private static void AddConfiguration(ConfigurationManager configuration, CliContext context, FileInfo? configFile)
    {
        if (configFile is not null && !configFile.Exists)
            throw new UsageException($"{configFile.FullName}: settings file not found");
        var path = configFile?.FullName ?? Path.Combine(context.WorkingDirectory, "appsettings.json");
        JsonSettingsFile.Add(configuration, path, optional: configFile is null);
        configuration.AddEnvironmentVariables();
        configuration.AddInMemoryCollection(context.ConfigurationOverrides);
        // A relative data folder belongs to the settings file's folder, not to wherever the process started: `run --config
        // /srv/newsbot/appsettings.json` from another folder must find the same database.
        var settingsFolder = Path.GetDirectoryName(path) ?? context.WorkingDirectory;
        var dataDirectory = configuration[DataDirectorySetting];
        configuration[DataDirectorySetting] = Path.Combine(settingsFolder, string.IsNullOrWhiteSpace(dataDirectory) ? "data" : dataDirectory);
    }
}
