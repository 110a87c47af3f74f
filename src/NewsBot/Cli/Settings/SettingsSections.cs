using Microsoft.Extensions.Configuration;
using NewsBot.Commands;
using NewsBot.Commands.Moderation;
using NewsBot.Core.Storage;
using NewsBot.Discord;
using NewsBot.Engine.Delivery;
using NewsBot.Engine.Digests;
using NewsBot.Engine.Polling;
using NewsBot.Engine.Scheduling;
using NewsBot.Engine.Stories;
using NewsBot.Engine.Topics;
using NewsBot.Ingestion;
using NewsBot.Ingestion.Catalog;
using NewsBot.Ingestion.Discovery;
using NewsBot.Ingestion.Http;
using NewsBot.Ingestion.Sitemaps;
using NewsBot.Persistence;

namespace NewsBot.Cli.Settings;

/// <summary>
/// The options classes the bot reads, each with its section, binder and validator. Every verb checks them all, though it
/// registers only the services it uses; a test compares <see cref="Bot"/> with the options classes <c>run</c> registers
/// (those with a <c>SectionName</c>), so a new options class cannot be left unchecked.
/// </summary>
internal static class SettingsSections
{
    public static IReadOnlyList<SettingsSection> Bot { get; } =
    [
        SettingsSection.Of(FetchingOptions.SectionName, c => c.Get<FetchingOptions>(), new FetchingOptionsValidator()),
        SettingsSection.Of(StorageOptions.SectionName, c => c.Get<StorageOptions>(), new StorageOptionsValidator()),
        SettingsSection.Of(RetentionOptions.SectionName, c => c.Get<RetentionOptions>(), new RetentionOptionsValidator()),
        SettingsSection.Of(PollingOptions.SectionName, c => c.Get<PollingOptions>(), new PollingOptionsValidator()),
        SettingsSection.Of(DeliveryOptions.SectionName, c => c.Get<DeliveryOptions>(), new DeliveryOptionsValidator()),
        SettingsSection.Of(DigestOptions.SectionName, c => c.Get<DigestOptions>(), new DigestOptionsValidator()),
        SettingsSection.Of(StoryMemoryOptions.SectionName, c => c.Get<StoryMemoryOptions>(), new StoryMemoryOptionsValidator()),
        // Bound by hand into Items, as the host binds it; TopicsOptionsValidator checks the topics at start-up.
        SettingsSection.Of(TopicsOptions.SectionName, BindTopics),
        SettingsSection.Of(DiscordOptions.SectionName, c => c.Get<DiscordOptions>(), new DiscordOptionsValidator()),
        SettingsSection.Of(CommandOptions.SectionName, c => c.Get<CommandOptions>(), new CommandOptionsValidator()),
        SettingsSection.Of(ModerationLimits.SectionName, c => c.Get<ModerationLimits>(), new ModerationLimitsValidator()),
        SettingsSection.Of(SchedulerOptions.SectionName, c => c.Get<SchedulerOptions>(), new SchedulerOptionsValidator()),
        SettingsSection.Of(DiscoveryOptions.SectionName, c => c.Get<DiscoveryOptions>(), new DiscoveryOptionsValidator()),
        SettingsSection.Of(SitemapOptions.SectionName, c => c.Get<SitemapOptions>(), new SitemapOptionsValidator()),
        SettingsSection.Of(CatalogOptions.SectionName, c => c.Get<CatalogOptions>(), new CatalogOptionsValidator()),
    ];

    private static TopicsOptions BindTopics(IConfiguration section)
    {
        var topics = new TopicsOptions();
        section.Bind(topics.Items);
        return topics;
    }
}
