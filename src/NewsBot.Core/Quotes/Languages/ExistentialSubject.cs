using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Tra i migranti c'è Amadou Diallo, 19 anni`, `Entre ellos hay Rosa Prieto`, `Parmi eux, il y a Paul Morel`: a name that a
/// presenting verb brings in is who the text now follows, as a clause's subject would be, so `«…», dice.` after it is theirs
/// and not the person quoted before.
/// </summary>
internal static class ExistentialSubject
{
    private static readonly FrozenSet<string> Presenters = LanguageKnowledge.Set("c'è", "c’è", "c'era", "c’era", "ecco", "hay", "había", "há", "havia", "voici", "voilà");

    public static bool Is(IReadOnlyList<Word> words, int at) =>
        at >= 1 && (Presenters.Contains(words[at - 1].Lower) || (at >= 3 && words[at - 1].Lower == "a" && words[at - 2].Lower == "y" && words[at - 3].Lower == "il"));
}
