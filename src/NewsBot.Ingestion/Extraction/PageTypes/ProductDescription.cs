using NewsBot.Ingestion.Extraction.Candidates;

namespace NewsBot.Ingestion.Extraction.PageTypes;

/// <summary>
/// A second opinion on a product page: the description its schema.org <c>Product</c> declares (in JSON-LD, else in
/// microdata: <see cref="ProductMicrodata"/>). When the content
/// region holds that description whole and not much more (variant pickers, shipping notes, add-on cards around one
/// description), the description is the text; when the region is much longer it holds specifications, questions and
/// reviews that the page's main text keeps as well, and it stays. A region shorter than the description that misses
/// most of it read the wrong block (a hero banner, a promotion), and the description is the text.
/// (WCXB tune: the region kept on product pages as often as the description; see the README.)
/// </summary>
internal static class ProductDescription
{
    /// <summary>A shorter description is a teaser line, not the product's text.</summary>
    private const int MinimumWords = 50;

    /// <summary>The region holds the description when it has this share of its words.</summary>
    private const double HeldShare = 0.9;

    /// <summary>Below this many times the description's words, the region is the description with its name and price.</summary>
    private const double MinimumRegionOverDescription = 1.4;

    /// <summary>Above this many times, the region holds sections of its own (specifications, questions, reviews).</summary>
    private const double MaximumRegionOverDescription = 3.0;

    /// <summary>A region that holds less than this share of a longer description read another block.</summary>
    private const double MissedShare = 0.5;

    /// <summary>The declared description as text blocks when it should replace <paramref name="text"/>; null to keep the text.</summary>
    public static string? Replacing(string text, string? declared)
    {
        if (declared is null)
        {
            return null;
        }

        var description = MarkupText.ToBlocks(declared);
        var described = WordBag.Of(description);
        if (described.Total < MinimumWords)
        {
            return null;
        }

        var read = WordBag.Of(text);
        var held = described.CoveredBy(read);
        var holdsItWithLittleMore = held >= HeldShare
            && read.Total >= described.Total * MinimumRegionOverDescription
            && read.Total <= described.Total * MaximumRegionOverDescription;
        var missedIt = read.Total < described.Total && held < MissedShare;
        return holdsItWithLittleMore || missedIt ? description : null;
    }
}
