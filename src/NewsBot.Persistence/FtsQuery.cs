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
    public static string? FromText(string text)
    {
        if (!TopicQuery.TryParse(text, out var query, out _) || query.Required.Count == 0)
            return null;
        var fts = new StringBuilder();
        foreach (var group in query.Required)
        {
            if (fts.Length > 0)
                fts.Append(" AND ");
            fts.Append('(').AppendJoin(" OR ", group.Select(Term)).Append(')');
        }
        foreach (var excluded in query.Excluded)
            fts.Append(" NOT ").Append(Term(excluded));
        return fts.ToString();
    }

    private static string Term(QueryTerm term) =>
        "\"" + string.Join(' ', term.Words).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (term.IsPrefix ? "*" : "");
}
