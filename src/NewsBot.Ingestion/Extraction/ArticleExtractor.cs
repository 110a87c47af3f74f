using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction;

/// <summary>Main text and metadata of a news page, on AngleSharp. Stub: replaced by the extraction work.</summary>
public sealed class ArticleExtractor
{
    public ExtractedArticle Extract(string html, Uri? pageUri) => throw new NotImplementedException();
}
