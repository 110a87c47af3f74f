using NewsBot.Core.Topics;
using NewsBot.Localization;

namespace NewsBot.Commands;

/// <summary>A catalogue topic's filter in the reader's language: "country at, language de", or every outlet.</summary>
internal static class CatalogFilterText
{
    public static string Describe(ReplyTexts texts, CatalogSources sources)
    {
        var parts = new List<string>();
        if (sources.Country is { } country)
            parts.Add(texts.Get("topic.catalogFilterCountry", ("country", country)));
        if (sources.Language is { } language)
            parts.Add(texts.Get("topic.catalogFilterLanguage", ("language", language)));
        return parts.Count == 0 ? texts.Get("topic.catalogFilterAny") : string.Join(", ", parts);
    }
}
