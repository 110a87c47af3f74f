namespace NewsBot.Ingestion.Extraction.Candidates;

/// <summary>The names of the candidate sources, as <c>extract --json</c> and <c>eval extraction</c> report them.</summary>
internal static class CandidateSources
{
    /// <summary>Our DOM scorer with every boilerplate hint.</summary>
    public const string Dom = "dom";

    /// <summary>The DOM scorer trusting tags and visibility only, not class names.</summary>
    public const string DomWide = "dom-wide";

    /// <summary>JSON-LD <c>articleBody</c>.</summary>
    public const string JsonLd = "json-ld";

    /// <summary>The <c>description</c> of the page's schema.org <c>Product</c> (JSON-LD, else microdata), on a product page.</summary>
    public const string ProductJsonLd = "json-ld-product";

    /// <summary>Embedded page state: <c>__NEXT_DATA__</c>, Fusion, <c>__INITIAL_STATE__</c>, Apollo and the like.</summary>
    public const string PageState = "page-state";

    /// <summary>The blocks the block classifier keeps (<c>Blocks/BlockCandidate</c>).</summary>
    public const string Blocks = "blocks";

    /// <summary>The page's one <c>&lt;article&gt;</c> or its <c>itemprop="articleBody"</c> element.</summary>
    public const string ArticleElement = "article-element";
}
