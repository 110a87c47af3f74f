namespace NewsBot.Ingestion.Extraction;

/// <summary>What the page's JSON-LD says about its article, as raw strings.</summary>
internal sealed record JsonLdArticle
{
    public string? Headline { get; init; }
    public string? Name { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>True when every declared author is typed an organisation, not a person.</summary>
    public bool AuthorsAreOrganisations { get; init; }
    public string? DatePublished { get; init; }
    public string? DateModified { get; init; }
    public string? PublisherName { get; init; }
    public string? Description { get; init; }
    public string? Image { get; init; }
    public string? Language { get; init; }

    /// <summary>The article's text as the page declares it (<c>articleBody</c>), raw: plain text or HTML.</summary>
    public string? ArticleBody { get; init; }

    /// <summary>The article's declared length in words, when the page states it.</summary>
    public int? WordCount { get; init; }

    /// <summary>
    /// The web page node's <c>datePublished</c> (Yoast writes it on every page, article or not): the page's date when
    /// no article declares one, but no evidence that the page is an article.
    /// </summary>
    public string? PageDatePublished { get; init; }

    /// <summary>The people the web page node credits as its authors, when it credits people.</summary>
    public IReadOnlyList<string> PageAuthors { get; init; } = [];

    /// <summary>The description of the page's schema.org <c>Product</c> (or <c>ProductGroup</c>), raw: plain text or HTML.</summary>
    public string? ProductDescription { get; init; }

    /// <summary>False when any article node declares itself not free to read.</summary>
    public bool? IsAccessibleForFree { get; init; }

    public static JsonLdArticle None { get; } = new();
}
