using Microsoft.Extensions.Options;
using NewsBot.Ingestion.Articles;
using NewsBot.Ingestion.Extraction;
using NewsBot.Ingestion.Http;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Ingestion.Tests.Articles;

/// <summary>An <see cref="ArticleReader"/> for documents already loaded: its fetcher fails any request.</summary>
internal static class OfflineArticleReader
{
    public static ArticleReader Create() =>
        new(new DocumentLoader(new UnusedWebFetcher(), Options.Create(new FetchingOptions())), new ArticleExtractor(), new ExtractionBudget());
}
