using AngleSharp.Html.Parser;
using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Main text and metadata of a news page, on AngleSharp. Metadata and paywall marks are read first,
/// on the untouched document; then boilerplate is removed, the article container chosen and written once
/// as blocks separated by a blank line (quote offsets index that text). An empty or partial article says why.
/// </summary>
public sealed class ArticleExtractor
{
    private readonly HtmlParserOptions _parserOptions = new() { IsScripting = false };

    public ExtractedArticle Extract(string html, Uri? pageUri)
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

        var text = "";
        if (document.Body is { } body)
        {
            var excluded = BoilerplateFilter.Apply(body);
            var content = ContentSelector.Select(body, excluded);
            foreach (var root in content)
            {
                ContentPruner.Apply(root, excluded);
            }

            text = TextBlockWriter.Write(content, excluded);
        }

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
        };
    }
}
