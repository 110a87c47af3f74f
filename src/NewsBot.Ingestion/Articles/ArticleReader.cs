using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;
using NewsBot.Ingestion.Sources;
using NewsBot.Ingestion.Text;

namespace NewsBot.Ingestion.Articles;

/// <summary>Turns a loaded page or text file into an <see cref="ExtractedArticle"/>.</summary>
public sealed class ArticleReader(DocumentLoader loader, ArticleExtractor extractor, ExtractionBudget budget)
{
    /// <summary>Loads the page, then extracts it within the process's <see cref="ExtractionBudget"/>.</summary>
    public async Task<ExtractedArticle> ReadAsync(SourceLocation location, CancellationToken cancellationToken)
    {
        var document = await loader.LoadAsync(location, cancellationToken);
        using (await budget.EnterAsync(document.Body.Length, cancellationToken))
            return Read(document);
    }

    public ExtractedArticle Read(LoadedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = CharsetDetector.Decode(document.Body, document.Charset);
        var isHtml = document.IsHtml || (!document.Location.IsFile && LooksLikeHtml(text));
        var article = isHtml ? extractor.Extract(text, document.Location.Uri) : PlainTextArticle.From(text);
        var metadata = article.Metadata.Language is null && document.ContentLanguage is { } language
            ? article.Metadata with { Language = language }
            : article.Metadata;
        return article with { Metadata = metadata, Url = metadata.CanonicalUrl ?? document.Location.Display };
    }

    private static bool LooksLikeHtml(string text) =>
        text.AsSpan(0, Math.Min(text.Length, 1024)).Contains("<html", StringComparison.OrdinalIgnoreCase);
}
