namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `Eine Nachbarin sagte aus, sie habe … gesehen. „…“, sagte die Zeugin.`, `Ein Nachbar, der anonym bleiben will, … „…“, sagt
/// der Mann.`: a German sentence that opens with someone the text does not name (`Ein`/`Eine` and a person noun) is the latest
/// person a pronoun or description can mean, so no one named before it is; the quote is that unnamed person's.
/// </summary>
internal static class GermanUnnamedSource
{
    private const int MaxAdjectives = 2;

    public static SpeakerCandidate? Checked(SpeakerCandidate? found, int openMark, string text, IReadOnlyList<QuotedSegment> segments, LanguageKnowledge language)
    {
        if (language.Code != "de")
        {
            return found;
        }

        if (found is { Kind: CandidateKind.Name or CandidateKind.Description } && GermanIndefinitePerson.At(text, found.Position))
        {
            // `Ein Vater zweier Kinder ergänzte:`, `Eine Anwohnerin, die …, sieht das anders:`: someone the text does not name,
            // though `Vater` is a surname and `Anwohnerin` a description an earlier person could fit.
            return Subject.Anonymous(found.Position).Candidate;
        }

        if (found is not { Resolved: true, Kind: CandidateKind.Pronoun or CandidateKind.Description, Words.Count: > 0 } || found.ByRole)
        {
            return found;
        }

        var cue = Math.Max(openMark, found.Position);
        var cueGender = CueGender(text, found.Position);
        var gender = cueGender == Gender.Unknown ? found.Gender : cueGender;
        var lastMention = LastMention(text, found.Words[^1], cue);
        if (lastMention < 0)
        {
            return found;
        }

        for (var at = SentenceStartAfter(text, lastMention, cue); at >= 0 && at < cue; at = SentenceStartAfter(text, at, cue))
        {
            if (!MessageInside(segments, at) && OpensWithUnnamed(text, at, cue) is { } unnamed && (gender == Gender.Unknown || gender == unnamed))
            {
                return Subject.Anonymous(found.Position).Candidate;
            }
        }

        return found;
    }

    /// <summary>The gender of the unnamed person the sentence at <paramref name="start"/> opens with (`Eine Anwohnerin`, `Ein älterer Herr`); null when it opens otherwise.</summary>
    public static Gender? OpensWithUnnamed(string text, int start, int end)
    {
        var words = WordTokenizer.Tokenize(text, start, Math.Min(end, start + 60));
        if (words.Count < 2 || words[0].Text is not ("Ein" or "Eine"))
        {
            return null;
        }

        var noun = 1;
        while (noun < words.Count && noun <= MaxAdjectives && !words[noun].IsCapitalized)
        {
            noun++;
        }

        if (noun >= words.Count || !words[noun].IsCapitalized || (noun + 1 < words.Count && words[noun + 1].IsCapitalized && text[words[noun].End] == ' ')
            || !(CapitalisedRole.IsRoleNoun(words[noun].Text, "de") || CapitalisedRole.IsPersonWord(words[noun].Text)))
        {
            // `Ein Sprecher Anna Berg`-like runs name someone; a thing (`Ein Bericht`) is no one.
            return null;
        }

        return words[0].Text == "Eine" ? Gender.Female : Gender.Male;
    }

    /// <summary>`sagte er`, `sagt die Zeugin`: the gender the pronoun or the description's article at <paramref name="position"/> tells.</summary>
    private static Gender CueGender(string text, int position)
    {
        var end = position;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(position, end - position) switch
        {
            "er" or "der" => Gender.Male,
            "sie" or "die" => Gender.Female,
            _ => Gender.Unknown,
        };
    }

    private static int LastMention(string text, string word, int before)
    {
        for (var at = text.LastIndexOf(word, Math.Max(0, before - 1), StringComparison.Ordinal); at >= 0; at = at == 0 ? -1 : text.LastIndexOf(word, at - 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end >= text.Length || !char.IsLetter(text[end])))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>Where the next sentence after <paramref name="from"/> starts (after `.`, `!`, `?` or a line break), or -1 before <paramref name="limit"/>.</summary>
    private static int SentenceStartAfter(string text, int from, int limit)
    {
        for (var i = from; i < limit - 1; i++)
        {
            if (text[i] is '.' or '!' or '?' or '\n' && (text[i + 1] is ' ' or '\n' || text[i] == '\n'))
            {
                var start = i + 1;
                while (start < limit && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }

                return start < limit && char.IsUpper(text[start]) ? start : SentenceStartAfter(text, start, limit);
            }
        }

        return -1;
    }

    private static bool MessageInside(IReadOnlyList<QuotedSegment> segments, int position) => NameMentionCollector.InsideAnyQuote(segments, position);
}
