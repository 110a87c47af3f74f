namespace NewsBot.Core.Quotes;

/// <summary>
/// `Tottenham said in a statement`, `Harrogate said in an emailed statement`: a place does not issue statements or press
/// releases; the body named after it does (a club, a council, a company). A name the lexicon reads as a place is therefore
/// an organisation when the article makes it the subject of a reporting verb `in a statement`. English only.
/// </summary>
internal static class StatementIssuer
{
    private static readonly string[] Verbs = ["said", "says", "added", "announced", "confirmed", "wrote"];

    private static readonly string[] Documents = ["statement", "press release", "news release", "release"];

    /// <summary>Whether the text writes `<paramref name="name"/> said in a statement` (or a release), with at most one adjective before the document.</summary>
    public static bool IssuesStatement(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if ((at > 0 && char.IsLetter(text[at - 1])) || end >= text.Length || text[end] != ' ')
            {
                continue;
            }

            var rest = text.AsSpan(end + 1, Math.Min(60, text.Length - end - 1));
            if (FollowedByStatement(rest))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FollowedByStatement(ReadOnlySpan<char> rest)
    {
        foreach (var verb in Verbs)
        {
            if (!rest.StartsWith(verb + " in ", StringComparison.Ordinal))
            {
                continue;
            }

            var words = rest[(verb.Length + 4)..].ToString().Split(' ', 4);
            if (words.Length < 2 || words[0] is not ("a" or "an" or "its" or "their"))
            {
                return false;
            }

            // `in a statement`, `in an emailed statement`, `in a press release`: the document within two words of the article.
            var phrase = string.Join(' ', words.Skip(1)).TrimEnd();
            return Documents.Any(d => phrase.StartsWith(d, StringComparison.Ordinal) && Ends(phrase, d.Length))
                || (words.Length > 2 && Documents.Any(d => string.Join(' ', words.Skip(2)).StartsWith(d, StringComparison.Ordinal)));
        }

        return false;
    }

    private static bool Ends(string phrase, int length) => phrase.Length == length || !char.IsLetter(phrase[length]);
}
