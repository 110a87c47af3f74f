using System.Text;
using NewsBot.Core.Topics;

namespace NewsBot.Persistence;

/// <summary>
/// Turns a query in the topic query language into an FTS5 query. Every word is quoted, so user input can use only the
/// topic language's operators (OR, -word, "phrase", word*), never FTS syntax of its own.
/// </summary>
internal static class FtsQuery
{
    /// <summary>The FTS5 query; null when the text does not parse or requires no word (FTS5 cannot only exclude).</summary>
    public static string? FromText(string text) => Compose(text, " AND ", " OR ", " NOT ", Term);

    /// <summary>
    /// The query in a search engine's syntax: groups of alternatives joined by <paramref name="and"/>, each exclusion
    /// after <paramref name="andNot"/>, each term written by <paramref name="term"/> (which quotes it). Null when the text
    /// does not parse or requires no word: no engine matches on exclusions alone.
    /// </summary>
    public static string? Compose(string text, string and, string or, string andNot, Func<QueryTerm, string> term)
    {
        if (!TopicQuery.TryParse(text, out var query, out _) || query.Required.Count == 0)
            return null;
        var composed = new StringBuilder();
        foreach (var group in query.Required)
        {
            if (composed.Length > 0)
                composed.Append(and);
            composed.Append('(').AppendJoin(or, group.Select(term)).Append(')');
        }
        foreach (var excluded in query.Excluded)
            composed.Append(andNot).Append(term(excluded));
        return composed.ToString();
    }

    private static string Term(QueryTerm term) =>
        "\"" + string.Join(' ', term.Words).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (term.IsPrefix ? "*" : "");
}
