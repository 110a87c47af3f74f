using System.Collections.Frozen;
using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `In der Tagespost heißt es dazu: „…“`, `Bei Wikipedia klingt es dann so:`: a lead that quotes a publication by its name gives
/// the quote to that publication. A place (`In Kassel heißt es`), a person or a common noun (`Im Bericht heißt es`) names no
/// publication, so those leads stay with the other readings.
/// </summary>
internal static class GermanPublicationLead
{
    private const int MaxNameWords = 3;

    private static readonly FrozenSet<string> Openers = LanguageKnowledge.Set("in", "im", "bei", "beim");

    private static readonly FrozenSet<string> Articles = LanguageKnowledge.Set("der", "dem", "den");

    private static readonly FrozenSet<string> HearsayVerbs = LanguageKnowledge.Set("heißt", "hieß", "klingt", "klang", "steht", "stand");

    private static readonly FrozenSet<string> Adverbs = LanguageKnowledge.Set("dazu", "dann", "so", "damals", "etwa", "weiter", "nun", "jetzt", "zudem", "außerdem");

    /// <summary>The publication the lead <paramref name="words"/> names in its last sentence, read back from the colon, or null.</summary>
    public static SpeakerCandidate? Find(string text, List<Word> words, LanguageKnowledge language)
    {
        if (!language.CapitalisesNouns)
        {
            return null;
        }

        var verb = words.Count - 1;
        while (verb >= 0 && Adverbs.Contains(words[verb].Lower))
        {
            verb--;
        }

        // `… heißt es`: the impersonal subject after a verb of hearsay.
        verb--;
        if (verb < 2 || words[verb + 1].Lower != "es" || !HearsayVerbs.Contains(words[verb].Lower))
        {
            return null;
        }

        var first = verb;
        while (first > 1 && verb - first < MaxNameWords && words[first - 1].IsCapitalized && !Openers.Contains(words[first - 1].Lower) && !Articles.Contains(words[first - 1].Lower))
        {
            first--;
        }

        var opener = first - (Articles.Contains(words[first - 1].Lower) ? 2 : 1);
        if (first == verb || opener < 0 || !Openers.Contains(words[opener].Lower) || (opener > 0 && !WordGaps.HasSentenceEndBefore(text, words, opener)))
        {
            return null;
        }

        var name = new List<string>(verb - first);
        for (var k = first; k < verb; k++)
        {
            name.Add(words[k].Text);
        }

        return EntityKnowledge.Classify(name, language.Code).Kind is EntityKind.Unknown or EntityKind.Organisation or EntityKind.Platform
            && !EntityKnowledge.IsCommonWord(name[^1], language.Code) && !EntityKnowledge.IsDocumentWord(name[^1])
            ? new SpeakerCandidate(CandidateKind.Name, name, words[first].Start, string.Join(' ', name))
            : null;
    }
}
