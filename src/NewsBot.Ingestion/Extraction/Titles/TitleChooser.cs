using AngleSharp.Dom;
using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Extraction.Titles;

/// <summary>
/// Sets the headline to the title candidate the model finds most probable (issue 12: on most pages one of the page's
/// own texts is the title, but which one varies by page type and site). The rules' headline stays when the model is
/// unsure or the page offers no candidate; <see cref="ArticleMetadata.Title"/>, the declared title, is left as read.
/// </summary>
internal static class TitleChooser
{
    public static ArticleMetadata Choose(
        IDocument document, MetaTags meta, JsonLdArticle ld, ArticleMetadata metadata, PageType pageType, string mainText, Uri? pageUri,
        TitleModel model, Action<IReadOnlyList<TitleCandidate>>? seen)
    {
        var page = TitleEvidence.Read(document, meta, ld, metadata, pageType, mainText, pageUri);
        var candidates = TitleCandidateCollector.Collect(page);
        TitleFeatures.Fill(candidates, page);
        seen?.Invoke(candidates);
        if (candidates.Count == 0)
        {
            return metadata;
        }

        var probabilities = model.Probabilities([.. candidates.Select(c => c.Features)]);
        var best = Array.IndexOf(probabilities, probabilities.Max());
        return probabilities[best] < model.MinimumProbability || candidates[best].Has(TitleSources.Rule)
            ? metadata
            : metadata with { Headline = candidates[best].Text };
    }
}
