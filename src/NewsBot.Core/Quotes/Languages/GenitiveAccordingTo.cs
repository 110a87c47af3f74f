namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Nach Ansicht Webers habe die Stadt …`, `nach Meinung des Reeders Weber`: the German according-to phrase with the source in
/// the genitive instead of after `von`. Without it the sentence named no one, so a quote after it went to the previous speaker.
/// The genitive word names the source only when its stem is the surname of someone the article names in full, so `nach Angaben
/// des Ministeriums` or `nach Ansicht Chinas` name no person.
/// </summary>
internal static class GenitiveAccordingTo
{
    private static readonly HashSet<string> Nouns =
        ["ansicht", "meinung", "auffassung", "einschätzung", "überzeugung", "darstellung", "angaben", "worten", "aussage", "aussagen"];

    public static Subject Find(IReadOnlyList<Word> words, PersonNames people)
    {
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (words[i].Lower != "nach" || !Nouns.Contains(words[i + 1].Lower))
            {
                continue;
            }

            var from = words[i + 2].Lower is "des" or "der" ? i + 3 : i + 2;
            var last = from;
            while (last < words.Count && words[last].IsCapitalized)
            {
                last++;
            }

            if (last > from && Owner(words[last - 1], people) is { } owner)
            {
                return Subject.Of(owner);
            }
        }

        return Subject.None;
    }

    /// <summary>`Webers` → Paul Weber; `Weber` after a genitive role (`des Reeders Weber`) as written.</summary>
    private static SpeakerCandidate? Owner(Word word, PersonNames people)
    {
        var forms = word.Text.EndsWith('s') ? [word.Text[..^1], word.Text] : new[] { word.Text };
        foreach (var surname in forms)
        {
            var full = people.Fullest([surname]);
            if (full.Count >= 2 && full[^1] == surname)
            {
                return new SpeakerCandidate(CandidateKind.Name, full, word.Start, string.Join(' ', full));
            }
        }

        return null;
    }
}
