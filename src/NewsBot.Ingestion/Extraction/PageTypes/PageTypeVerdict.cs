using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// The detected page type, and how much evidence the page gave for an article (declared article types, og:type,
/// a dated address, a byline, a date): with little of it, the article path must prove itself against the page's
/// content region.
/// </summary>
public sealed record PageTypeVerdict(PageType Type, double ArticleEvidence)
{
    /// <summary>Less article evidence than this (a declared article type alone) is weak.</summary>
    internal const double WeakEvidence = 3;

    /// <summary>The evidence for the best-supported type other than the article (a shop's, a listing's …), won or not.</summary>
    public double OtherTypeEvidence { get; init; }

    /// <summary>The page declares itself an article beyond a type name: a byline, a date, a dated address.</summary>
    public bool HasStrongArticleEvidence => ArticleEvidence >= WeakEvidence;

    /// <summary>For a caller that knows the type.</summary>
    public static PageTypeVerdict Known(PageType type) => new(type, type == PageType.Article ? double.PositiveInfinity : 0);
}
