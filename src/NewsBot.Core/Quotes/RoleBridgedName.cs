using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `Republican presidential nominee Dana Holt issued …`, `White House press secretary Ian Cole released …`: a capitalised
/// party, body or place that opens a role (lower-case words ending in a role noun) before a name only qualifies that role;
/// the subject is the name the role leads to. A run that may itself be a person (`Holt told reporter Ian Cole`) keeps it.
/// </summary>
internal static class RoleBridgedName
{
    private const int MaxRoleWords = 4;

    /// <summary>The run right after <paramref name="run"/> when only a role joins them; otherwise <paramref name="run"/>.</summary>
    public static List<Word> Follow(List<Word> words, List<List<Word>> runs, List<Word> run)
    {
        var next = runs.IndexOf(run) + 1;
        if (next <= 0 || next >= runs.Count || MayBePerson(run))
        {
            return run;
        }

        var from = words.FindIndex(w => w.Start == run[^1].Start) + 1;
        var to = words.FindIndex(w => w.Start == runs[next][0].Start);
        var count = to - from;
        if (from <= 0 || count is < 1 or > MaxRoleWords || !RoleLexicon.IsRoleNoun(words[to - 1].Text))
        {
            return run;
        }

        for (var i = from; i < to; i++)
        {
            if (!IsRoleWord(words[i]))
            {
                return run;
            }
        }

        return runs[next];
    }

    private static bool MayBePerson(List<Word> run)
    {
        foreach (var word in run)
        {
            if ((EntityLexicon.Shared.EntityFlags(word.Text) & (LexiconFlags.GivenName | LexiconFlags.Surname)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>`presidential`, `press`, `nominee`: a lower-case word that is no verb, article, preposition or conjunction.</summary>
    private static bool IsRoleWord(Word word) =>
        !word.IsCapitalized && word.Text.All(char.IsLetter) && !CueWords.IsVerb(word) && !word.Lower.EndsWith("ed", StringComparison.Ordinal)
        && !FunctionWords.Determiners.Contains(word.Lower) && !FunctionWords.Prepositions.Contains(word.Lower)
        && !FunctionWords.ConjunctionsAndClauseStarts.Contains(word.Lower) && !FunctionWords.Pronouns.Contains(word.Lower);
}
