using NewsBot.Commands.Moderation;
using NewsBot.Core.Storage;
using NewsBot.Discord.Limits;
using NewsBot.Discord.Models;
using NewsBot.Ingestion.Catalog;
using NewsBot.Localization;
using NewsBot.Presentation;

namespace NewsBot.Commands.Sources;

/// <summary>
/// A page of the catalogue as one embed: each outlet with its country, languages, kind of source and whether its
/// source was polled fine, is failing or was never polled (feed state is shared by every server, so this is the bot's).
/// </summary>
internal sealed class CatalogPages(OutletCatalog outlets, IFeedStateStore states)
{
    // Twenty lines of about a hundred characters stay well within an embed's 4,096.
    public const int PerPage = 20;

    public async Task<MessagePayload> PageAsync(ReplyTexts texts, string? country, string? language, int page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var matching = outlets.Filter(country, language);
        var filter = Filter(country, language);
        if (matching.Count == 0)
            return new MessagePayload { Content = texts.Get("sources.none", ("filter", filter)) };
        var pageCount = (matching.Count + PerPage - 1) / PerPage;
        page = Math.Min(page, pageCount);
        var byUrl = (await states.ListAsync(cancellationToken)).ToDictionary(s => s.FeedUrl, StringComparer.Ordinal);
        var lines = matching.Skip((page - 1) * PerPage).Take(PerPage).Select(o => texts.Get("sources.line",
            ("name", FeedText.Name(o.Name)), ("country", o.Country), ("languages", string.Join(", ", o.Languages)), ("kind", o.Kind),
            ("status", FeedStatusLine.Status(texts, byUrl.GetValueOrDefault(o.SourceUrl.AbsoluteUri), pause: null))));
        var footer = texts.Get("sources.page", ("page", TopicReplies.Number(texts, page)), ("pages", TopicReplies.Number(texts, pageCount)),
            ("count", TopicReplies.Number(texts, matching.Count)));
        var title = texts.Get("sources.title", ("filter", filter));
        return new MessagePayload
        {
            Embeds = [new Embed
            {
                Title = DisplayText.Markdown(title, MessageLimits.EmbedTitle),
                Description = string.Join('\n', lines),
                Footer = new EmbedFooter(footer),
            }],
        };
    }

    private static string Filter(string? country, string? language)
    {
        var parts = new[] { country, language }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim().ToLowerInvariant()).ToList();
        return parts.Count == 0 ? "" : $" ({DisplayText.Markdown(string.Join(", ", parts), 20)})";
    }
}
