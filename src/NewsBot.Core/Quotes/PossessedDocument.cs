using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `the Institute's release added`, `the Council’s report said`: a document owned by a body the article names only by its
/// head noun. The document is no speaker's name and the head noun alone names no one the news set would accept, so the
/// quote is left without a speaker rather than given to `Institute's release` (an all-capitals owner, `CDC's statement`,
/// is a name: <see cref="SpeakerNameCleaner"/> keeps it).
/// </summary>
internal static class PossessedDocument
{
    public static bool Names(string description)
    {
        var words = description.Split(' ');
        if (words.Length < 2 || !char.IsLower(words[^1][0]) || !(CueWords.IsStatementNoun(words[^1]) || EntityLexicon.Shared.EntityFlags(words[^1]).HasFlag(LexiconFlags.DocumentWord)))
        {
            return false;
        }

        var owner = words[^2];
        return (owner.EndsWith("’s", StringComparison.Ordinal) || owner.EndsWith("'s", StringComparison.Ordinal)) && char.IsUpper(owner[0]);
    }
}
