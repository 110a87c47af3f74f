using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Main text and metadata of a news page, on AngleSharp. Metadata and paywall marks are read first,
/// on the untouched document; then boilerplate is removed, the article container chosen and written once
/// as blocks separated by a blank line (quote offsets index that text). An empty or partial article says why.
/// </summary>
public sealed class ArticleExtractor
{
    private readonly HtmlParserOptions _parserOptions = new() { IsScripting = false };

    public ExtractedArticle Extract(string html, Uri? pageUri) => Extract(html, pageUri, pageType: null);

    /// <param name="pageType">The page's type when the caller knows it; detected from the page when null.</param>
    public ExtractedArticle Extract(string html, Uri? pageUri, PageType? pageType)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (InputScreen.NotTextReason(html) is { } notText)
        {
            return new ExtractedArticle("", ArticleMetadata.Empty) { Url = pageUri?.AbsoluteUri, IsPartial = true, EmptyReason = notText };
        }

        var inputWasCut = html.Length > ExtractionLimits.MaxHtmlChars;
        if (inputWasCut)
        {
            html = html[..ExtractionLimits.MaxHtmlChars];
        }

        var parser = new HtmlParser(_parserOptions);
        using var document = parser.ParseDocument(NestingLimiter.Limit(html));
        var jsonLd = JsonLdReader.Read(document);
        var metadata = MetadataReader.Read(document, jsonLd, pageUri);
        var paywalled = PaywallDetector.HasMarkers(document);
        var verdict = pageType is { } known ? PageTypeVerdict.Known(known) : PageTypeDetector.Detect(document, pageUri, metadata);

        var (text, type) = document.Body is { } body ? PageTextChooser.Choose(body, verdict, ArticleText) : ("", verdict.Type);

        var emptyReason = text.Length == 0 ? EmptyArticleDiagnosis.Reason(document) : null;
        var partialReason = emptyReason is null
            ? ArticleCompleteness.PartialReason(new CompletenessSignals(text, inputWasCut, jsonLd.IsAccessibleForFree, paywalled, jsonLd.WordCount))
            : null;
        return new ExtractedArticle(text, metadata)
        {
            Url = pageUri?.AbsoluteUri,
            IsPartial = emptyReason is not null || partialReason is not null,
            PartialReason = partialReason,
            EmptyReason = emptyReason,
            PageType = type,
        };
    }

    private static string ArticleText(IElement body)
    {
        var excluded = BoilerplateFilter.Apply(body);
        var content = ContentSelector.Select(body, excluded);
        foreach (var root in content)
        {
            ContentPruner.Apply(root, excluded);
        }

        return TextBlockWriter.Write(content, excluded);
    }
}
