using NewsBot.Core.Text;

namespace NewsBot.Core.Topics;

/// <summary>
/// A topic's search: words and "phrases" that must all appear, <c>OR</c> between alternatives,
/// <c>-word</c> or <c>-"phrase"</c> to exclude, <c>word*</c> for a prefix. Case and accents are ignored.
/// An empty query matches everything (a topic that is just a bundle of feeds).
/// </summary>
public sealed class TopicQuery
{
    private TopicQuery(string text, IReadOnlyList<IReadOnlyList<QueryTerm>> required, IReadOnlyList<QueryTerm> excluded)
    {
        Text = text;
        Required = required;
        Excluded = excluded;
    }

    public string Text { get; }

    /// <summary>Every group must match; a group matches when any of its terms does.</summary>
    public IReadOnlyList<IReadOnlyList<QueryTerm>> Required { get; }

    public IReadOnlyList<QueryTerm> Excluded { get; }

    public static TopicQuery Parse(string? text) =>
        TryParse(text, out var query, out var error) ? query : throw new FormatException(error);

    public static bool TryParse(string? text, out TopicQuery query, out string error)
    {
        var parsed = QueryParser.Parse(text ?? string.Empty);
        query = new TopicQuery(text?.Trim() ?? string.Empty, parsed.Required, parsed.Excluded);
        error = parsed.Error ?? string.Empty;
        return parsed.Error is null;
    }

    public bool Matches(params string?[] fields)
    {
        var words = fields.SelectMany(WordNormalizer.Words).ToList();
        return Required.All(group => group.Any(term => term.MatchesAnywhere(words)))
            && !Excluded.Any(term => term.MatchesAnywhere(words));
    }
}
