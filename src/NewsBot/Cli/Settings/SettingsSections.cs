using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
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
using NewsBot.Ingestion.Catalog;
using NewsBot.Ingestion.Discovery;
using NewsBot.Ingestion.Http;
using NewsBot.Ingestion.Sitemaps;
using NewsBot.Persistence;

namespace NewsBot.Cli.Settings;

/// <summary>
/// The options classes the bot reads, each with the section it is bound from. Every verb checks them all, though it
/// registers only the services it uses; a test compares <see cref="Bot"/> with what <c>run</c> registers
/// (<see cref="Find"/>), so a new options class cannot be left unchecked.
/// </summary>
internal static class SettingsSections
{
    public static IReadOnlyList<(Type Type, string Section)> Bot { get; } = Of(
        typeof(FetchingOptions), typeof(StorageOptions), typeof(RetentionOptions), typeof(PollingOptions), typeof(DeliveryOptions),
        typeof(DigestOptions), typeof(StoryMemoryOptions), typeof(TopicsOptions), typeof(DiscordOptions), typeof(CommandOptions),
        typeof(ModerationLimits), typeof(SchedulerOptions), typeof(DiscoveryOptions), typeof(SitemapOptions), typeof(CatalogOptions));

    /// <summary>The options classes registered in <paramref name="services"/> that declare a <c>SectionName</c> constant.</summary>
    public static IReadOnlyList<(Type Type, string Section)> Find(IServiceCollection services) =>
        Of([.. services
            .Select(d => d.ServiceType)
            .Where(t => t.IsGenericType && (t.GetGenericTypeDefinition() == typeof(IConfigureOptions<>) || t.GetGenericTypeDefinition() == typeof(IValidateOptions<>)))
            .Select(t => t.GetGenericArguments()[0])
            .Distinct()]);

    private static List<(Type Type, string Section)> Of(params Type[] types) =>
        types
            .Select(t => (Type: t, Section: t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string))
            .Where(s => s.Section is not null)
            .Select(s => (s.Type, s.Section!))
            .ToList();
}
