namespace NewsBot.Core.Quotes;

/// <summary>
/// `Mayor Tom Briggs and the fisheries minister, Daniel Ashcombe, toured the quay. (¶) “…,” he said.`: a sentence whose
/// subject is two people of the pronoun's gender gives the pronoun no one; the first of them is no better than the second.
/// </summary>
internal static class CoordinatedSubjects
{
    private const int MaxCharactersBetween = 50;

    private static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create(".;:“”\"");

    /// <summary>Whether the latest sentence subject between the positions is joined by `and` to another person who fits.</summary>
    public static bool Share(string text, NameIndex names, int from, int position, Gender gender)
    {
        var mentions = names.Mentions.Where(m => m.Span.Start >= from && m.Span.Start < position && !m.InsideQuote).ToList();
        var subject = mentions.FindLastIndex(m => m.OpensSentence);
        if (subject < 0 || subject + 1 >= mentions.Count)
        {
            return false;
        }

        var first = mentions[subject];
        var second = mentions[subject + 1];
        return Joined(text, first.Span.End, second.Span.Start) && first.LastWord != second.LastWord
            && names.PeopleBetween(first.Span.Start, second.Span.Start + 1, gender) >= 2;
    }

    /// <summary>` and `, ` and the fisheries minister, `: a conjunction and at most a role between the two names.</summary>
    private static bool Joined(string text, int end, int next)
    {
        var between = text.AsSpan(end, next - end);
        return between.Length <= MaxCharactersBetween && between.StartsWith(" and ", StringComparison.Ordinal)
            && between.IndexOfAny(ClauseMarks) < 0;
    }
}
