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
using NewsBot.Presentation;

namespace NewsBot.Commands;

/// <summary>
/// The key quotes of one article address: from storage when the bot already read it (no request made), otherwise
/// fetched through the guarded fetcher, extracted and quoted, and not stored.
/// </summary>
public sealed class ArticleQuoter(IArticleStore articles, ArticleReader reader, IQuoteExtractor quotes, IOptions<DigestOptions> options)
{
    public const string PrivateNetworkRefusal = "NewsBot never fetches addresses on private or local networks.";

    public async Task<QuotedArticle> QuoteAsync(Uri address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var maxQuotes = options.Value.MaxQuotesPerStory;
        if (CanonicalUrl.From(address.AbsoluteUri, address) is { } canonical
            && await articles.FindByUrlAsync(canonical, cancellationToken) is { } stored)
        {
            return new QuotedArticle(StoryBuilder.FromStored(stored, [], maxQuotes), stored.Article.Byline, null);
        }

        return await FetchAsync(address, maxQuotes, cancellationToken);
    }

    private async Task<QuotedArticle> FetchAsync(Uri address, int maxQuotes, CancellationToken cancellationToken)
    {
        ExtractedArticle article;
        try
        {
            article = await reader.ReadAsync(SourceLocation.Parse(address.AbsoluteUri), cancellationToken);
        }
        catch (FetchException e) when (e.Failure == FetchFailure.RefusedAddress)
        {
            return QuotedArticle.Failed(PrivateNetworkRefusal);
        }
        catch (FetchException e)
        {
            return QuotedArticle.Failed($"Could not read {address.Host}: {Reason(e.Message, e.Uri)}.");
        }
        catch (SourceException e)
        {
            return QuotedArticle.Failed($"Could not read {address.Host}: {e.Reason}.");
        }
        if (string.IsNullOrWhiteSpace(article.Text))
            return QuotedArticle.Failed($"That page has no article text to quote ({article.EmptyReason ?? "empty page"}).");
        var story = StoryBuilder.FromRead(article, quotes.Extract(article.Text, maxQuotes), article.Url ?? address.AbsoluteUri, link: address);
        return new QuotedArticle(new CoveredStory(story), article.Metadata.Byline, null);
    }

    /// <summary>The fetcher's line without the address it starts with (the member just typed it), on one line.</summary>
    private static string Reason(string message, Uri? uri)
    {
        var prefix = uri is null ? null : uri + ": ";
        var reason = prefix is not null && message.StartsWith(prefix, StringComparison.Ordinal) ? message[prefix.Length..] : message;
        return DisplayText.Markdown(reason.TrimEnd('.'), 300);
    }
}
