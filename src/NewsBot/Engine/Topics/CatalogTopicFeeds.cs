using NewsBot.Core.Topics;
using NewsBot.Ingestion.Catalog;

namespace NewsBot.Engine.Topics;

/// <summary>
/// The feeds of a topic that takes its stories from the catalogue: the sources of the outlets its filter matches, by
/// the same URL <c>/feed add outlet:</c> stores, so every topic and server shares one feed row (one poll) per outlet.
/// </summary>
public sealed class CatalogTopicFeeds(OutletCatalog catalog)
{
    private readonly HashSet<string> _sources = [.. catalog.Outlets.Select(o => o.SourceUrl.AbsoluteUri)];

    public IReadOnlyList<CatalogOutlet> Outlets(CatalogSources sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return catalog.Filter(sources.Country, sources.Language);
    }

    /// <summary>The topic with its feeds set from the catalogue; a topic with feeds of its own is returned as it is.</summary>
    public Topic Resolve(Topic topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return topic.Catalog is { } sources ? topic with { Feeds = [.. Outlets(sources).Select(o => o.SourceUrl.AbsoluteUri)] } : topic;
    }

    /// <summary>True for the source of a catalogue outlet, however a topic came to follow it: polled under the catalogue's cap.</summary>
    public bool IsCatalogSource(string feedUrl) => _sources.Contains(feedUrl);

    /// <summary>A two-letter country or language code some outlet has, lower case; null when none has it.</summary>
    public string? KnownCountry(string code) =>
        catalog.Outlets.FirstOrDefault(o => o.IsIn(code.Trim()))?.Country;

    public string? KnownLanguage(string code) =>
        catalog.Outlets.SelectMany(o => o.Languages).FirstOrDefault(l => string.Equals(l, code.Trim(), StringComparison.OrdinalIgnoreCase));
}
