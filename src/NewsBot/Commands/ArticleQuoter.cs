using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Digests;
using NewsBot.Core.Quotes;
using NewsBot.Core.Storage;
using NewsBot.Engine.Digests;
using NewsBot.Engine.Stories;
using NewsBot.Ingestion.Articles;
using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Http;
using NewsBot.Ingestion.Sources;
using NewsBot.Localization;
using NewsBot.Presentation;

namespace NewsBot.Commands;

/// <summary>
/// The key quotes of one article address: from storage when the bot already read it (no request made), otherwise
/// fetched through the guarded fetcher, extracted and quoted, and not stored.
/// </summary>
public sealed class ArticleQuoter(IArticleStore articles, ArticleReader reader, IQuoteExtractor quotes, IOptions<DigestOptions> options)
{
    public const string PrivateNetworkRefusal = "NewsBot never fetches addresses on private or local networks.";

    /// <param name="texts">The member's language, for the line saying why there are no quotes.</param>
    public async Task<QuotedArticle> QuoteAsync(Uri address, ReplyTexts texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(texts);
        var maxQuotes = options.Value.MaxQuotesPerStory;
        if (CanonicalUrl.From(address.AbsoluteUri, address) is { } canonical
            && await articles.FindByUrlAsync(canonical, cancellationToken) is { } stored)
        {
            return new QuotedArticle(StoryBuilder.FromStored(stored, [], maxQuotes), null);
        }

        return await FetchAsync(address, maxQuotes, texts, cancellationToken);
    }

    private async Task<QuotedArticle> FetchAsync(Uri address, int maxQuotes, ReplyTexts texts, CancellationToken cancellationToken)
    {
        ExtractedArticle article;
        try
        {
            article = await reader.ReadAsync(SourceLocation.Parse(address.AbsoluteUri), cancellationToken);
        }
        catch (FetchException e) when (e.Failure == FetchFailure.RefusedAddress)
        {
            return QuotedArticle.Failed(texts.Get("quotes.privateNetwork"));
        }
        catch (FetchException e)
        {
            return QuotedArticle.Failed(texts.Get("quotes.unreadable", ("host", address.Host), ("reason", Reason(e.Message, e.Uri))));
        }
        catch (SourceException e)
        {
            return QuotedArticle.Failed(texts.Get("quotes.unreadable", ("host", address.Host), ("reason", e.Reason)));
        }
        if (string.IsNullOrWhiteSpace(article.Text))
            return QuotedArticle.Failed(texts.Get("quotes.noText", ("reason", article.EmptyReason ?? "empty page")));
        var story = StoryBuilder.FromRead(article, quotes.Extract(article.Text, maxQuotes), article.Url ?? address.AbsoluteUri, link: address);
        return new QuotedArticle(new CoveredStory(story), null);
    }

    /// <summary>The fetcher's line without the address it starts with (the member just typed it), on one line.</summary>
    private static string Reason(string message, Uri? uri)
    {
        var prefix = uri is null ? null : uri + ": ";
        var reason = prefix is not null && message.StartsWith(prefix, StringComparison.Ordinal) ? message[prefix.Length..] : message;
        return DisplayText.Markdown(reason.TrimEnd('.'), 300);
    }
}
