namespace NewsBot.Core.Quotes;

/// <summary>
/// `Following a performance of “Black Water,” Ada Holm teed up Ivo Brandt’s cameo. “…,” he said.`: a name right after the
/// comma that closes an opening prepositional, time or participle phrase, followed by its verb, is the sentence's subject,
/// as much as one that opens it (also with a role before the name: `At Hollis Analytics, founder Marcus Hollis sees …`); a
/// later `he` means it sooner than a possessive or an object named after it.
/// </summary>
internal static class OpeningPhraseSubject
{
    /// <summary>How far back the sentence's opening word is looked for.</summary>
    private const int MaxOpeningWords = 25;

    /// <summary>How many role nouns may stand between the opening phrase's comma and the name (`chief executive`).</summary>
    private const int MaxRoleWords = 3;

    /// <summary>Whether the name run of words <paramref name="first"/>..<paramref name="last"/> follows an opening phrase's comma and leads its verb.</summary>
    public static bool Follows(string text, IReadOnlyList<Word> words, int first, int last)
    {
        // `At Hollis Analytics, founder Marcus Hollis sees …`: role nouns between the comma and the name are the subject's own.
        var subject = first;
        while (subject >= 3 && first - subject < MaxRoleWords && !words[subject - 1].IsCapitalized && RoleLexicon.IsRoleNoun(words[subject - 1].Text))
        {
            subject--;
        }

        if (subject < 2 || last + 1 >= words.Count || !CommaBefore(text, words[subject - 1].End, words[subject].Start))
        {
            return false;
        }

        var next = words[last + 1];
        if (!char.IsLower(next.Text[0]) || FunctionWords.Prepositions.Contains(next.Lower) || FunctionWords.ConjunctionsAndClauseStarts.Contains(next.Lower)
            || next.Lower is "of" or "and" or "or" or "who" or "which")
        {
            return false;
        }

        for (var k = subject - 1; k >= 0 && subject - k <= MaxOpeningWords; k--)
        {
            if (StartsSentence(text, words[k].Start))
            {
                var opening = words[k].Lower;
                return k < subject - 1 && (FunctionWords.Prepositions.Contains(opening) || FunctionWords.TimeWords.Contains(opening)
                    || opening.EndsWith("ing", StringComparison.Ordinal));
            }
        }

        return false;
    }

    /// <summary>The gap between two words holds a comma (`Water,” Holm`), and nothing but marks and spaces besides.</summary>
    private static bool CommaBefore(string text, int from, int to)
    {
        var comma = false;
        for (var i = from; i < to; i++)
        {
            if (text[i] == ',')
            {
                comma = true;
            }
            else if (!char.IsWhiteSpace(text[i]) && !QuoteMarks.IsOpeningChar(text[i]) && text[i] != '’')
            {
                return false;
            }
        }

        return comma;
    }

    private static bool StartsSentence(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || QuoteMarks.IsOpeningChar(text[i])) && text[i] != '\n')
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or '\n';
    }
}
