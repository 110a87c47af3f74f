using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `„…“, sagte ein Sprecher von Kompass`: a spokesperson `von`/`bei` a capitalised name with no article between speaks for
/// that body, whatever else the name means as a German noun (`Grab`, `Kompass`); a common noun would take its article
/// (`ein Sprecher vom Hafen`, `von der Stadt`). A given name after the preposition names a person's spokesperson instead.
/// </summary>
internal static class NamedBodySpokesperson
{
    private const int MaxNameWords = 3;

    public static SpeakerCandidate? Find(List<Word> phrase)
    {
        if (phrase.Count < 4 || phrase.Count > 3 + MaxNameWords || !SpokespersonBody.IsSpokesperson(phrase[1]) || phrase[2].Lower is not ("von" or "bei")
            || !phrase.Skip(3).All(w => w.IsCapitalized) || EntityKnowledge.IsGivenName(phrase[3].Text))
        {
            return null;
        }

        var body = string.Join(' ', phrase.Skip(3).Select(w => w.Text));
        return new SpeakerCandidate(CandidateKind.Name, [body], phrase[1].Start, body);
    }
}
