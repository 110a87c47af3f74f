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
        using var document = await loader.LoadAsync(location, cancellationToken);
        using (await budget.EnterAsync((int)Math.Min(document.Content.Length, int.MaxValue), cancellationToken))
            return Read(document);
    }

    /// <exception cref="SourceException">A document not declared HTML is binary data (an image, an archive).</exception>
    public ExtractedArticle Read(LoadedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var article = document.IsHtml ? ReadHtml(document) : ReadUndeclared(document);
        var metadata = article.Metadata.Language is null && document.ContentLanguage is { } language
            ? article.Metadata with { Language = language }
            : article.Metadata;
        return article with { Metadata = metadata, Url = metadata.CanonicalUrl ?? document.Location.Display };
    }

    /// <summary>Decoded into pooled characters only up to the input cap; one string is made, of the markup kept.</summary>
    private ExtractedArticle ReadHtml(LoadedDocument document)
    {
        using var text = BodyDecoder.Decode(document.Content, document.Charset, ExtractionLimits.MaxInputChars + 1, BodyDecoder.PagePool);
        return extractor.ExtractChars(text.Span, document.Location.Uri);
    }

    /// <summary>
    /// A file or a page that did not say it is HTML: read whole, as plain text unless it looks like a page. Binary data
    /// is refused: decoded as text it would only give noise.
    /// </summary>
    private ExtractedArticle ReadUndeclared(LoadedDocument document)
    {
        var body = document.Body;
        if (BinaryContent.IsBinary(body))
            throw new SourceException(document.Location.Display, "is binary data (an image, an archive …), not text or HTML");
        var text = CharsetDetector.Decode(body, document.Charset);
        return !document.Location.IsFile && LooksLikeHtml(text) ? extractor.Extract(text, document.Location.Uri) : PlainTextArticle.FromFile(text);
    }

    private static bool LooksLikeHtml(string text) =>
        text.AsSpan(0, Math.Min(text.Length, 1024)).Contains("<html", StringComparison.OrdinalIgnoreCase);
}
