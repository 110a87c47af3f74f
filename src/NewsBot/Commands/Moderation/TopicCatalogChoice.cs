using NewsBot.Core.Topics;
using NewsBot.Engine.Topics;
using NewsBot.Localization;

namespace NewsBot.Commands.Moderation;

/// <summary>
/// Where a topic's stories come from, as the moderator's <c>sources</c>, <c>country</c> and <c>language</c> options
/// say: feeds added with /feed add, or the catalogue's outlets the filter matches (each code one some outlet has).
/// </summary>
internal static class TopicCatalogChoice
{
    public const string Feeds = "feeds";
    public const string Catalog = "catalog";
    private const string Any = "any";

    /// <summary>
    /// The topic's catalogue filter after the options, starting from <paramref name="current"/> (null: feeds);
    /// a refusal in the moderator's language when the options do not make one that matches an outlet.
    /// </summary>
    public static string? Choose(ReplyTexts texts, CatalogTopicFeeds catalog, CatalogSources? current, TopicCommandInput input, out CatalogSources? chosen)
    {
        chosen = current;
        var filtered = input.Country is not null || input.Language is not null;
        if (string.Equals(input.Sources, Feeds, StringComparison.OrdinalIgnoreCase))
        {
            chosen = null;
            return filtered ? texts.Get("topic.catalogFiltersNeedCatalog") : null;
        }
        if (!string.Equals(input.Sources, Catalog, StringComparison.OrdinalIgnoreCase) && !filtered)
            return null;
        var country = current?.Country;
        if (input.Country is { } typedCountry && !TryCode(typedCountry, catalog.KnownCountry, out country))
            return texts.Get("topic.catalogUnknownCountry", ("typed", TopicReplies.Clip(typedCountry)));
        var language = current?.Language;
        if (input.Language is { } typedLanguage && !TryCode(typedLanguage, catalog.KnownLanguage, out language))
            return texts.Get("topic.catalogUnknownLanguage", ("typed", TopicReplies.Clip(typedLanguage)));
        chosen = new CatalogSources(country, language);
        return catalog.Outlets(chosen).Count == 0 ? texts.Get("topic.catalogNoMatch", ("filter", Describe(texts, chosen))) : null;
    }

    /// <summary>"country at, language de" in the moderator's language.</summary>
    public static string Describe(ReplyTexts texts, CatalogSources sources) => CatalogFilterText.Describe(texts, sources);

    /// <summary>The sentence a moderator gets after choosing a filter: how many outlets it matched.</summary>
    public static string Matched(ReplyTexts texts, Topic topic) =>
        topic.Catalog is { } sources
            ? texts.Get("topic.catalogMatched", ("count", TopicReplies.Number(texts, topic.Feeds.Count)), ("filter", Describe(texts, sources)))
            : "";

    private static bool TryCode(string typed, Func<string, string?> known, out string? code)
    {
        code = null;
        if (string.Equals(typed, Any, StringComparison.OrdinalIgnoreCase))
            return true;
        code = typed.Length is 2 or 3 ? known(typed) : null;
        return code is not null;
    }
}
