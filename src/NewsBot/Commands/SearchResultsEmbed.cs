using NewsBot.Core.Digests;
using NewsBot.Core.Quotes;
using NewsBot.Core.Storage;
using NewsBot.Discord.Limits;
using NewsBot.Discord.Models;
using NewsBot.Engine.Stories;
using NewsBot.Presentation;

namespace NewsBot.Commands;

/// <summary>/news' answer: the best matches as linked titles with outlet, date and one key quote each, in one embed.</summary>
internal static class SearchResultsEmbed
{
    private const int MaxTitleLength = 200;
    private const int MaxOutletLength = 100;
    private const int MaxHighlightLength = 500;

    private const int MaxAlsoInLength = 300;

    /// <param name="title">"News matching “…”" in the member's language, the query already made safe for markdown.</param>
    public static Embed Build(string title, string scope, IReadOnlyList<SelectedStory> found)
    {
        var description = "";
        foreach (var block in found.Select(Block))
        {
            var next = description.Length == 0 ? block : description + "\n\n" + block;
            if (next.Length > MessageLimits.EmbedDescription)
                break;
            description = next;
        }
        return new Embed
        {
            Title = DisplayText.Plain(title, MessageLimits.EmbedTitle),
            Description = description,
            Footer = new EmbedFooter(DisplayText.Plain(scope, MessageLimits.FooterText)),
        };
    }

    private static string Block(SelectedStory story)
    {
        var stored = story.Article;
        var article = stored.Article;
        var title = DisplayText.Markdown(string.IsNullOrWhiteSpace(article.Title) ? "(untitled)" : article.Title, MaxTitleLength);
        var heading = LinkTarget(article.Identity.CanonicalUrl) is { } url ? $"**[{title}]({url})**" : $"**{title}**";
        var outlet = DisplayText.Markdown(DigestSelector.OutletOf(article) ?? "unknown outlet", MaxOutletLength);
        var when = $"<t:{(article.PublishedAt ?? stored.FirstSeenAt).ToUnixTimeSeconds()}:d>";
        var alsoIn = story.AlsoIn.Count == 0 ? "" : " · also in: " + DisplayText.Markdown(string.Join(", ", story.AlsoIn), MaxAlsoInLength);
        var lines = new List<string> { heading, $"{outlet} · {when}{alsoIn}{(article.IsPartial ? " · from the excerpt" : "")}" };
        if (Highlight(stored) is { } highlight)
            lines.Add(highlight);
        return string.Join('\n', lines);
    }

    private static string? Highlight(StoredArticle stored)
    {
        var analysis = StoryBuilder.FromStored(stored, [], maxQuotes: 1).Story.Analysis;
        var one = new QuoteAnalysis(analysis.Quotes, [.. analysis.KeySentences.Take(1)]);
        return one.KeyQuotes.Any() || one.KeySentences.Count > 0 ? StoryHighlights.Describe(one, MaxHighlightLength) : null;
    }

    /// <summary>A link target markdown cannot misread: http(s), no spaces, parentheses percent-encoded.</summary>
    private static string? LinkTarget(string url) =>
        url.Length <= 1000 && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is ("http" or "https") && !url.Any(char.IsWhiteSpace)
            ? url.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)
            : null;
}
