using AngleSharp.Dom;
using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction.Blocks;
using NewsBot.Ingestion.Extraction.Candidates;
using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// What the chosen text still carries once the page path has won: a product's declared description, an article's closing
/// sections, "Back to top" links, repeated copies, rights notices and teaser rails, lines the declared body lacks; the source is kept while the
/// text is the candidate's own.
/// </summary>
internal static class ChosenTextRefinement
{
    public static (string Text, TextCandidate? Chosen) Refine(
        string text, TextCandidate? chosen, PageType type, PageTypeVerdict verdict, IElement body, JsonLdArticle jsonLd, IReadOnlySet<PageType> blockTypes)
    {
        if (type == PageType.Product
            && ProductDescription.Replacing(text, jsonLd.ProductDescription ?? ProductMicrodata.DescriptionMarkup(body)) is { } described)
        {
            chosen = new TextCandidate(CandidateSources.ProductJsonLd, described);
            text = described;
        }

        // Cut only once the article path has won (against the content region its whole reading counts), and only on a
        // page that declares itself an article: on a landing page, "Contact us" and what follows may be the content.
        if (verdict.HasStrongArticleEvidence && chosen is { } read && ReferenceEquals(read.Text, text)
            && read.Source is CandidateSources.Dom or CandidateSources.DomWide)
        {
            chosen = new TextCandidate(read.Source, ClosingSections.Cut(read.Text));
            text = chosen.Text;
        }

        if (BackToTopLines.Remove(text) is var withoutShortcut && !ReferenceEquals(withoutShortcut, text))
        {
            chosen = chosen is { } scrolled && ReferenceEquals(scrolled.Text, text) ? new TextCandidate(scrolled.Source, withoutShortcut) : chosen;
            text = withoutShortcut;
        }

        var single = RepeatedCopies.Remove(text);
        if (!ReferenceEquals(single, text))
        {
            chosen = chosen is { } twice && ReferenceEquals(twice.Text, text) ? new TextCandidate(twice.Source, single) : chosen;
            text = single;
        }

        // After the repeated copies are gone, so the notice that closes the article is the text's last line; then the
        // teaser rail of other stories' dated cards, then the page's datelines and share labels at either edge.
        if (type == PageType.Article && ArticleEdgeLines.Remove(TrailingDatedTeasers.Remove(TrailingRightsNotice.Remove(text))) is var noticeless
            && !ReferenceEquals(noticeless, text))
        {
            chosen = chosen is { } signed && ReferenceEquals(signed.Text, text) ? new TextCandidate(signed.Source, noticeless) : chosen;
            text = noticeless;
        }

        if (type == PageType.Article && chosen is { Source: CandidateSources.Dom or CandidateSources.DomWide } declaredRead
            && ReferenceEquals(declaredRead.Text, text) && DeclaredBodyLines.Keep(text, jsonLd.ArticleBody) is var declaredOnly
            && !ReferenceEquals(declaredOnly, text))
        {
            chosen = new TextCandidate(declaredRead.Source, declaredOnly);
            text = declaredOnly;
        }

        if (blockTypes.Contains(type) && BlockCandidate.Extract(body, text, type, BlockModel.Embedded) is { Length: > 0 } blocks)
        {
            chosen = new TextCandidate(CandidateSources.Blocks, blocks);
            text = blocks;
        }

        return (text, chosen);
    }
}
