using AngleSharp.Html.Parser;
using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Main text and metadata of a news page, on AngleSharp. Metadata and paywall marks are read first,
/// on the untouched document; then boilerplate is removed, the article container chosen and written once
/// as blocks separated by a blank line (quote offsets index that text).
/// </summary>
public sealed class ArticleExtractor
{
    private readonly HtmlParserOptions _parserOptions = new() { IsScripting = false };

    public ExtractedArticle Extract(string html, Uri? pageUri)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.Length > ExtractionLimits.MaxHtmlChars)
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

        return new ExtractedArticle(text, metadata)
        {
            Url = pageUri?.AbsoluteUri,
            IsPartial = jsonLd.IsAccessibleForFree == false || (paywalled && text.Length < PaywallDetector.TeaserMaxChars),
        };
    }
}
