using NewsBot.Core.Quotes.Entities;
using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Quotes;

/// <summary>
/// `Paul zu Falkenried`, `Anna zur Falkenried`: a noble `zu`/`zur` between a given name and a surname keeps the name whole. Without
/// it the run ended at the given name, and `Paul` alone was read as the article's other Paul, a wrong name. Only before a word
/// that is no common noun, since `Anna zu Hause` and `Paul zur Verfügung` are a name and a phrase.
/// </summary>
internal static class NobleParticle
{
    public static bool Joins(string text, IReadOnlyList<Word> words, int at, Word previous) =>
        words[at].Text is "zu" or "zur" && at > 0 && at + 1 < words.Count && previous.Start == words[at - 1].Start
        && EntityKnowledge.IsGivenName(previous.Text) && words[at + 1].IsCapitalized
        && !EntityLexicon.Shared.Lookup(words[at + 1].Text).HasFlag(LexiconFlags.CommonWord)
        && DoubleParticle.SingleSpaces(text, previous, words[at], words[at + 1]);
}
