namespace NewsBot.Core.Quotes;

/// <summary>
/// Reads the role the article gives a person where it first names them, before the name
/// (`council spokesperson Marta Kowalczyk`) or in an appositive after it (`Marta Kowalczyk, the council spokesperson,`).
/// </summary>
internal static class MentionRoleReader
{
    private const int Window = 80;

    public static string? RoleOf(string text, NameMention mention)
    {
        var clauseStart = mention.Span.Start;
        while (clauseStart > 0 && mention.Span.Start - clauseStart < Window && !IsClauseBreak(text[clauseStart - 1]))
        {
            clauseStart--;
        }

        var before = WordTokenizer.Tokenize(text, clauseStart, mention.Span.End);
        var role = before.Count > 0 ? NounPhraseReader.Head(text, before)?.Role : null;
        if (role is not null)
        {
            return role;
        }

        if (!text.AsSpan(mention.Span.End).StartsWith(", ", StringComparison.Ordinal))
        {
            return null;
        }

        var sentenceEnd = mention.Span.End;
        while (sentenceEnd < text.Length && sentenceEnd - mention.Span.End < Window && !SentenceBoundaries.IsEnd(text, sentenceEnd, text.Length)
            && text[sentenceEnd] is not ('\n' or ':' or '”' or '"' or '“'))
        {
            sentenceEnd++;
        }

        var after = WordTokenizer.Tokenize(text, mention.Span.Start, sentenceEnd);
        return after.Count > 0 ? NounPhraseReader.AfterVerb(text, after)?.Role : null;
    }

    private static bool IsClauseBreak(char c) => c is '.' or '\n' or ',' or ';' or ':' or '(' or '—' || QuoteMarks.IsOpeningChar(c) || c is '”' or '»';
}
