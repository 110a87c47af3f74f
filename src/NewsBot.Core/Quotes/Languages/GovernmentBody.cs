using System.Collections.Frozen;

namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `L'Élysée a fait savoir que «…»`, `il Viminale ha detto`, `O Itamaraty informou`, `el Ministerio de Trabajo señaló`, `le
/// ministère de la Santé indique`: the seat of a government office, or a ministry named by its portfolio, as a clause's
/// subject is the body speaking (the set names the body as the speaker), never the last person's turn. The words between it
/// and the verb must be lower case (an adverb, an auxiliary), so a person named there still competes.
/// </summary>
internal static class GovernmentBody
{
    /// <summary>Seats that stand for the office they house, as the press writes them.</summary>
    private static readonly FrozenSet<string> Seats = new[]
    {
        "Élysée", "Elysée", "Matignon", "Bercy", "Moncloa", "Zarzuela", "Viminale", "Farnesina", "Quirinale", "Chigi", "Planalto",
        "Itamaraty", "Kremlin", "Pentagone", "Pentágono", "Pentagono", "Rosada",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>`Palazzo Chigi`, `Palácio do Planalto`, `Casa Rosada`: a building's noun before the seat's name.</summary>
    private static readonly FrozenSet<string> Buildings = new[] { "Palazzo", "Palácio", "Palacio", "Palais", "Casa", "Hôtel" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Ministries = new[] { "ministère", "ministerio", "ministero", "ministério" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The body that <paramref name="words"/> from <paramref name="from"/> up to the verb at <paramref name="verb"/> name, or null.</summary>
    public static SpeakerCandidate? Find(string text, IReadOnlyList<Word> words, int from, int verb, LanguageKnowledge language)
    {
        var first = from;
        while (first < verb && language.Determiners.Contains(words[first].Lower))
        {
            first++;
        }

        if (first >= verb)
        {
            return null;
        }

        var start = words[first].Start + ElidedArticleLength(words[first].Text);
        var head = text[start..words[first].End];
        var last = Seats.Contains(head) ? first : Buildings.Contains(head) ? SeatAfterBuilding(words, first, verb) : Ministries.Contains(head.ToLowerInvariant()) ? Portfolio(words, first, verb, language) : -1;
        if (last < 0 || words.Skip(last + 1).Take(verb - last - 1).Any(w => w.IsCapitalized))
        {
            return null;
        }

        var written = text[start..words[last].End];
        return new SpeakerCandidate(CandidateKind.Name, [written], start, written);
    }

    /// <summary>Whether a speaker found is such a body (`Ministerio de Industria`): no role noun for a person continues its turn.</summary>
    public static bool Names(SpeakerCandidate speaker) =>
        speaker.Written.Split(' ')[0] is var head && (Seats.Contains(head) || Buildings.Contains(head) || Ministries.Contains(head.ToLowerInvariant()));

    /// <summary>`Palazzo Chigi`, `Palácio do Planalto`: the seat's word, at most two words on; -1 when none comes.</summary>
    private static int SeatAfterBuilding(IReadOnlyList<Word> words, int building, int verb)
    {
        for (var i = building + 1; i < verb && i <= building + 2; i++)
        {
            if (Seats.Contains(words[i].Text))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>`Ministerio de Trabajo`, `ministère de la Santé`, `ministero dell'Interno`: the portfolio's last capitalised word; -1 when none follows.</summary>
    private static int Portfolio(IReadOnlyList<Word> words, int ministry, int verb, LanguageKnowledge language)
    {
        var last = -1;
        for (var i = ministry + 1; i < verb; i++)
        {
            var word = words[i];
            if (word.IsCapitalized || (ElidedArticleLength(word.Text) > 0 && char.IsUpper(word.Text[ElidedArticleLength(word.Text)])))
            {
                last = i;
            }
            else if (!(language.OfPrepositions.Contains(word.Lower) || language.Prepositions.Contains(word.Lower) || language.Determiners.Contains(word.Lower)) || (last >= 0 && i > last + 2))
            {
                break;
            }
        }

        return last;
    }

    /// <summary>`L'` or `dell’` glued to the name that follows: how many characters to skip.</summary>
    private static int ElidedArticleLength(string word)
    {
        var apostrophe = word.IndexOfAny(['\'', '’']);
        return apostrophe is > 0 and <= 4 && apostrophe + 1 < word.Length && word[..apostrophe].All(char.IsLetter) ? apostrophe + 1 : 0;
    }
}
