namespace NewsBot.Core.Quotes;

/// <summary>
/// Second-candidate tests for `he said` / `she said` when no sentence of the pronoun's paragraph is about a fitting person and
/// the latest one named is taken instead: someone else fits as well, so a wrong name is likelier than on other pronouns.
/// Pooled over the invented English sets, the news tune half and PolNeAR train they turned 4 wrong speakers into none and
/// cost no right one.
/// </summary>
internal static class DistantAntecedentDoubt
{
    public static bool Doubtful(string text, NameIndex names, NameMention antecedent, int window, int position, Gender gender) =>
        SomeoneElseSpokeNearer(names, antecedent, window, position)
        || PronounStandsBefore(text, names, ParagraphStart(text, antecedent.Span.Start), antecedent.Span.Start, gender);

    /// <summary>
    /// `She reached out to a friend of Harry's mother, Princess Diana. “…,” she said.`: the same pronoun already stands
    /// before the name in its paragraph, so the text's `she` is someone named earlier and the name is an object.
    /// </summary>
    public static bool PronounStandsBefore(string text, NameIndex names, int paragraphStart, int mentionStart, Gender gender)
    {
        var pronoun = gender == Gender.Male ? "he" : "she";
        foreach (var word in WordTokenizer.Tokenize(text, paragraphStart, mentionStart))
        {
            if (word.Lower == pronoun && !names.InsideQuote(word.Start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// `Paul Lacey of Ashcombe Police said …. “…,” he said.`: the person found lies before the last two paragraphs, while
    /// someone in them is the subject of a reporting verb (a mention the person test rejected, yet the one speaking).
    /// </summary>
    private static bool SomeoneElseSpokeNearer(NameIndex names, NameMention antecedent, int window, int position)
    {
        if (names.Named(antecedent.LastWord, window, position))
        {
            return false;
        }

        foreach (var mention in names.Mentions)
        {
            if (mention.Span.Start >= window && mention.Span.Start < position && !mention.InsideQuote && mention.SubjectOfReportingVerb)
            {
                return true;
            }
        }

        return false;
    }

    private static int ParagraphStart(string text, int position)
    {
        var blank = position > 0 ? text.LastIndexOf("\n\n", position - 1, StringComparison.Ordinal) : -1;
        return blank < 0 ? 0 : blank + 2;
    }
}
