using NewsBot.Core.Text;

namespace NewsBot.Evaluation;

/// <summary>Port of trafilatura's <c>count_item</c>: whitespace-normalised substring matching of snippets.</summary>
public static class SnippetScoring
{
    public static SnippetCounts Count(string predicted, IReadOnlyCollection<string> with, IReadOnlyCollection<string> without)
    {
        ArgumentNullException.ThrowIfNull(with);
        ArgumentNullException.ThrowIfNull(without);
        var text = Normalize(predicted);
        var found = with.Count(snippet => text.Contains(Normalize(snippet), StringComparison.Ordinal));
        var leaked = without.Count(snippet => text.Contains(Normalize(snippet), StringComparison.Ordinal));
        return new SnippetCounts(found, leaked, with.Count - found, without.Count - leaked);
    }

    /// <summary>Python's <c>re.sub(r"\s+", " ", text).strip()</c>.</summary>
    public static string Normalize(string text) => Whitespace.Collapse(text);
}
