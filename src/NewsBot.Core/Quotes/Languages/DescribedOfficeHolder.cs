namespace NewsBot.Core.Quotes.Languages;

/// <summary>
/// `«…», risponde la rettrice` after a quote of the one the article called `la sua vice`; `“…”, disse a secretária` after the
/// nurse's quote; `Per il primo cittadino` after the governor's: a role noun the subject reader resolved to the last speaker
/// or person, whom the article gave only other roles, is the one person the article gave that role.
/// </summary>
internal static class DescribedOfficeHolder
{
    private const int MaxDescriptionWords = 5;
    private const int MaxDescriptionLength = 60;

    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create(",.;:!?()\"«»“”—–");

    public static SpeakerCandidate? Checked(SpeakerCandidate? found, int openMark, string text, PersonNames people, RecentSpeakers recent, LanguageKnowledge language)
    {
        if (found is not { Kind: CandidateKind.Description, Resolved: true } || ContinuesTurn(found, openMark, text, recent)
            || Description(text, found.Position, language) is not { } description
            || !(people.Roles.DescribesOther(found.Words, description) || people.Roles.HasNoRole(found.Words)))
        {
            return found;
        }

        // Only to the one person the article gave that office: with no holder the noun may be a wider word for the speaker's
        // own role (`el jugador` for the one introduced as `el delantero`), so the reader's choice stands. Italian says
        // `il sindaco` and `il primo cittadino` of a woman too, so there a masculine article does not rule her out.
        var gender = language.GenderedDeterminers.GetValueOrDefault(description[0].Lower);
        gender = language.Code == "it" && gender == Gender.Male ? Gender.Unknown : gender;
        if (people.Roles.Described(description, gender, found.Position) is not { } holder || holder.Words[^1] == found.Words[^1])
        {
            return found;
        }

        var name = people.Fullest(holder.Words);
        return found with { Words = name, Written = string.Join(' ', name), Gender = holder.Gender };
    }

    /// <summary>
    /// `“…”, resalta González. “…”, añade el investigador`: the person quoted last in the same paragraph goes on speaking, though
    /// the article called someone else `el investigador` before (news set tune half: two such turns).
    /// </summary>
    private static bool ContinuesTurn(SpeakerCandidate found, int openMark, string text, RecentSpeakers recent)
    {
        var paragraphStart = text.LastIndexOf('\n', Math.Max(0, openMark - 1)) + 1;
        return recent.Last(openMark, paragraphStart) is { } last && last.Words.Count > 0 && last.Words[^1] == found.Words[^1];
    }

    /// <summary>The definite article and the lower-case nouns after it, up to a verb, a clause word or punctuation.</summary>
    private static List<Word>? Description(string text, int position, LanguageKnowledge language)
    {
        var end = Math.Min(text.Length, position + MaxDescriptionLength);
        var words = ElidedArticle.Split(WordTokenizer.Tokenize(text, position, end), 0, language);
        if (words.Count < 2 || !language.Determiners.Contains(words[0].Lower) || words[0].Start != position)
        {
            return null;
        }

        var description = new List<Word> { words[0] };
        for (var i = 1; i < words.Count && description.Count < MaxDescriptionWords; i++)
        {
            var gap = text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End);
            if (gap.IndexOfAny(Breaks) >= 0 || words[i].IsCapitalized || language.Verbs.Contains(words[i].Lower)
                || words[i].Lower is "que" or "che" or "qui" or "quien" or "chi")
            {
                break;
            }

            description.Add(words[i]);
        }

        return description.Count > 1 ? description : null;
    }
}
