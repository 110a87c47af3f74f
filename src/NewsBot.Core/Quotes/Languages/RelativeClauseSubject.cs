using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Un comerciante del centro, que pidió no ser identificado, relató:`, `García, que llegó tarde, dijo`: a relative clause
/// between commas right before the reporting verb describes the subject written before it. Without this the clause hid the
/// subject and the verb read as a dropped subject, handed to the person quoted before.
/// </summary>
internal static class RelativeClauseSubject
{
    /// <summary>Romance relative pronouns that stand for a clause's subject.</summary>
    private static readonly FrozenSet<string> SubjectRelatives = LanguageKnowledge.Set("que", "qui", "che", "quien", "quienes", "quem");

    /// <summary>Where the relative pronoun of such a clause stands, so the subject is read before it; -1 when there is none.</summary>
    public static int Opens(string text, IReadOnlyList<Word> words, int verb, ClauseEdges clauses, LanguageKnowledge language)
    {
        // Not the verb inside the clause: `reclamos, que enumera la referente:` is an object relative, its subject after the verb.
        if (language.CapitalisesNouns || verb < 3 || verb >= words.Count || !CommaBetween(text, words[verb - 1], words[verb]))
        {
            return -1;
        }

        var relative = clauses.ClauseStart(words, verb - 1);
        return relative < verb - 1 && IsRelative(text, words, relative, language) ? relative : -1;
    }

    /// <summary>A subject relative pronoun after a comma, whose antecedent is no `lo`/`ce` (`lo que`, `ce qui` stand for a thing).</summary>
    private static bool IsRelative(string text, IReadOnlyList<Word> words, int at, LanguageKnowledge language) =>
        at >= 1 && SubjectRelatives.Contains(words[at].Lower) && CommaBetween(text, words[at - 1], words[at])
        && !language.Determiners.Contains(words[at - 1].Lower);

    private static bool CommaBetween(string text, Word left, Word right) => text.AsSpan(left.End, right.Start - left.End).Trim() is ",";
}
