using NewsBot.Core.Text;

namespace NewsBot.Core.Topics;

/// <summary>Reads the query grammar of <see cref="TopicQuery"/>; errors are sentences a moderator can act on.</summary>
internal static class QueryParser
{
    public sealed record Result(List<IReadOnlyList<QueryTerm>> Required, List<QueryTerm> Excluded, string? Error);

    public static Result Parse(string text)
    {
        var required = new List<IReadOnlyList<QueryTerm>>();
        var excluded = new List<QueryTerm>();
        var pendingOr = false;
        foreach (var token in Tokenize(text))
        {
            if (token is { Quoted: false, Value: "OR" })
            {
                if (required.Count == 0 || pendingOr)
                    return new(required, excluded, "OR needs a word or phrase on each side.");
                pendingOr = true;
                continue;
            }
            var term = ToTerm(token);
            if (term is null)
                continue;
            if (token.Negated)
            {
                if (pendingOr)
                    return new(required, excluded, "OR cannot be followed by an exclusion (-word).");
                excluded.Add(term);
            }
            else if (pendingOr)
            {
                required[^1] = [.. required[^1], term];
                pendingOr = false;
            }
            else
            {
                required.Add([term]);
            }
        }
        return pendingOr ? new(required, excluded, "OR needs a word or phrase on each side.") : new(required, excluded, null);
    }

    private static QueryTerm? ToTerm(Token token)
    {
        var prefix = !token.Quoted && token.Value.EndsWith('*');
        var words = WordNormalizer.Words(token.Value);
        return words.Count == 0 ? null : new QueryTerm(words, prefix);
    }

    private readonly record struct Token(string Value, bool Quoted, bool Negated);

    private static IEnumerable<Token> Tokenize(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            var negated = text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            if (negated)
                i++;
            if (IsQuote(text[i]))
            {
                var close = text.IndexOfAny(['"', '“', '”'], i + 1);
                var end = close < 0 ? text.Length : close;
                yield return new Token(text[(i + 1)..end], Quoted: true, negated);
                i = end + 1;
                continue;
            }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
                i++;
            yield return new Token(text[start..i], Quoted: false, negated);
        }
    }

    private static bool IsQuote(char c) => c is '"' or '“' or '”';
}
