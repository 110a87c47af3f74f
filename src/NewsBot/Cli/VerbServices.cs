using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core;
using NewsBot.Engine.Digests;
using NewsBot.Ingestion;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Cli;

/// <summary>
/// What each verb registers: only the services it uses. A verb given one file starts in a fraction of a second and
/// touches no HTTP client, database, scheduler or Discord client; only <c>run</c> builds the bot.
/// </summary>
internal static class VerbServices
{
    /// <summary>Verbs that build what they use themselves (preview-digest, the speaker evaluations).</summary>
    public static void None(IServiceCollection services) { }

    /// <summary>extract: reading one page; the guarded web fetcher only when it is a web address.</summary>
    public static void Reading(IServiceCollection services, SourceLocation source)
    {
        if (source.IsFile)
            services.AddNewsBotLocalReading();
        else
            services.AddNewsBotIngestion();
    }

    /// <summary>quotes: reading one page and quoting it with the bot's defaults.</summary>
    public static void Quoting(IServiceCollection services, SourceLocation source)
    {
        Reading(services, source);
        services.AddNewsBotCore();
        // Only MaxQuotesPerStory is read, and only without --max. The settings check validates a Digests section the settings
        // mention; unmentioned, its defaults are valid, so validating them again at start-up only cost time (issue 15).
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.SectionName);
    }

    /// <summary>The evaluations of extraction and metadata: corpora are local folders.</summary>
    public static void LocalExtraction(IServiceCollection services) => services.AddNewsBotLocalReading();

    /// <summary>eval quotes: the quote extractor only.</summary>
    public static void QuoteExtraction(IServiceCollection services) => services.AddNewsBotCore();

    /// <summary>digest: feeds and their articles may be anywhere, so the web fetcher; no storage, scheduler or Discord.</summary>
    public static void Digest(IServiceCollection services)
    {
        services.AddNewsBotIngestion();
        services.AddNewsBotCore();
        services.AddDigestOptions();
        services.AddSingleton<OnDemandDigestBuilder>();
    }

    /// <summary>feeds discover: the guarded web fetcher and the feed parser only.</summary>
    public static void Discovery(IServiceCollection services) => services.AddNewsBotIngestion();

    /// <summary>run: everything.</summary>
    public static void Bot(IServiceCollection services) => services.AddNewsBot();
}
