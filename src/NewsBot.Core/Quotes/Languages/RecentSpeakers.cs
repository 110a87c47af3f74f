namespace NewsBot.Core.Quotes.Languages;

/// <summary>The speakers found so far for the article's quotes, in order: `“…”, resalta.` continues the last one.</summary>
internal sealed class RecentSpeakers
{
    private readonly List<(int QuoteStart, int SentenceEnd, SpeakerCandidate Speaker)> _found = [];

    /// <summary>Records the speaker of the quote at <paramref name="quoteStart"/>, whose sentence (attribution included) ends at <paramref name="sentenceEnd"/>.</summary>
    public void Add(int quoteStart, int sentenceEnd, SpeakerCandidate? speaker)
    {
        if (speaker is not null && (speaker is { Kind: CandidateKind.Name } or { Resolved: true } || IsUnnamed(speaker)))
        {
            _found.Add((quoteStart, sentenceEnd, speaker));
        }
    }

    /// <summary>`„…“, sagte ein Mitarbeiter`: a source the text leaves unnamed (<see cref="Subject.Anonymous"/>), whose turn a dropped subject or pronoun may continue.</summary>
    public static bool IsUnnamed(SpeakerCandidate? speaker) =>
        speaker is { Kind: CandidateKind.Description, Resolved: false, Words: ["unnamed"] };

    /// <summary>The speaker of the latest quote before <paramref name="anchor"/> whose speaker was found, whoever it was, when that quote opens after <paramref name="notBefore"/>.</summary>
    public SpeakerCandidate? Last(int anchor, int notBefore) =>
        _found.FindLast(f => f.QuoteStart < anchor) is { Speaker: { } speaker } last && last.QuoteStart >= notBefore ? speaker : null;

    /// <summary>The speaker of the latest quote before <paramref name="anchor"/> and after <paramref name="notBefore"/> who fits <paramref name="gender"/>.</summary>
    public (int QuoteStart, int SentenceEnd, SpeakerCandidate Speaker)? Before(int anchor, int notBefore, Gender gender)
    {
        for (var i = _found.Count - 1; i >= 0; i--)
        {
            var (start, _, speaker) = _found[i];
            if (start >= anchor)
            {
                continue;
            }

            if (start < notBefore)
            {
                return null;
            }

            if (gender == Gender.Unknown || speaker.Gender == Gender.Unknown || speaker.Gender == gender)
            {
                return _found[i];
            }
        }

        return null;
    }
}
