using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Who speaks through `the report said`: the body or person the article names as the document's author, where it
/// introduces the document (`a June report by the Northfield Education Lab`, `Acme's annual report`, `the Acme
/// report`). A document nobody is named as writing speaks for no one.
/// </summary>
internal static class DocumentAuthor
{
    private const int MaxWordsBeforeHead = 3;

    /// <summary>
    /// Documents that speak for their authors in news (`the report found`); a bill, a lawsuit, a book or a post is
    /// quoted for what it says, not for who wrote it.
    /// </summary>
    private static readonly HashSet<string> Speaking = ["report", "study", "statement", "survey", "review", "analysis", "assessment", "audit", "memo", "communique", "communiqué"];

    public static bool IsDocument(string head) => Speaking.Contains(head) && EntityLexicon.Shared.EntityFlags(head).HasFlag(LexiconFlags.DocumentWord);

    public static string? Find(string text, NameIndex names, string head, int position)
    {
        for (var at = LastWord(text, head, position); at >= 0; at = LastWord(text, head, at))
        {
            if ((ByName(text, names, at + head.Length) ?? NameBefore(text, names, at)) is { } author)
            {
                return author;
            }
        }

        return null;
    }

    /// <summary>`report by the X and Y`: the name after `by` or `from`, with one named partner.</summary>
    private static string? ByName(string text, NameIndex names, int end)
    {
        var words = WordTokenizer.Tokenize(text, end, Math.Min(text.Length, end + 20));
        if (words.Count < 2 || words[0].Lower is not ("by" or "from") || text.AsSpan(end, words[0].Start - end).Trim().Length > 0)
        {
            return null;
        }

        var start = words[1].Lower == "the" && words.Count > 2 ? words[2].Start : words[1].Start;
        var author = Author(names, start);
        if (author is null)
        {
            return null;
        }

        var rest = text.AsSpan(author.Span.End);
        var partner = rest.StartsWith(" and ", StringComparison.Ordinal) ? Author(names, author.Span.End + 5) : null;
        return partner is null ? author.Text : text[author.Span.Start..partner.Span.End];
    }

    /// <summary>`Acme's annual report`, `the Acme report`: a name a few words before the document noun.</summary>
    private static string? NameBefore(string text, NameIndex names, int at)
    {
        var from = Math.Max(0, at - 60);
        var before = WordTokenizer.Tokenize(text, from, at);
        for (var i = before.Count - 1; i >= 0 && i >= before.Count - MaxWordsBeforeHead; i--)
        {
            var author = names.Mentions.FirstOrDefault(m => m.Span.End == before[i].End || m.Span.End == before[i].End + 2);
            if (author is { Kind: NameKind.Organisation, InsideQuote: false })
            {
                return author.Text;
            }

            if (before[i].IsCapitalized || FunctionWords.IsDeterminer(before[i].Text))
            {
                return null;
            }
        }

        return null;
    }

    private static NameMention? Author(NameIndex names, int start) =>
        names.Mentions.FirstOrDefault(m => m.Span.Start == start && m.Kind is NameKind.Organisation or NameKind.Person or NameKind.Unknown && !m.InsideQuote);

    /// <summary>The last whole-word, lower-case occurrence of <paramref name="word"/> before <paramref name="position"/>.</summary>
    private static int LastWord(string text, string word, int position)
    {
        for (var at = position > 0 ? text.LastIndexOf(word, position - 1, StringComparison.Ordinal) : -1; at >= 0;
             at = at > 0 ? text.LastIndexOf(word, at - 1, StringComparison.Ordinal) : -1)
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return at;
            }
        }

        return -1;
    }
}
