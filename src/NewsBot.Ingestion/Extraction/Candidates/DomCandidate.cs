using AngleSharp.Dom;

namespace NewsBot.Ingestion.Extraction.Candidates;

/// <summary>
/// The DOM scorer's opinion: boilerplate ruled out, the article container chosen, clutter pruned inside it,
/// written as blocks. Each call keeps its own exclusions, so several opinions can be read from one document.
/// </summary>
internal static class DomCandidate
{
    /// <param name="bodyStats">The body's measures with nothing excluded, shared by every reading of the page.</param>
    public static string Extract(IElement body, DocumentStats bodyStats, bool trustClassHints)
    {
        var excluded = BoilerplateFilter.Apply(body, bodyStats, trustClassHints);
        var content = ContentSelector.Select(body, excluded);
        foreach (var root in content)
        {
            ContentPruner.Apply(root, excluded);
        }

        return TextBlockWriter.Write(content, excluded);
    }
}
