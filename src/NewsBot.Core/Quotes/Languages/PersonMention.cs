namespace NewsBot.Core.Quotes.Languages;

/// <summary>A person named in the article: where, in which words, and the gender the given name tells (if any).</summary>
internal sealed record PersonMention(int Start, IReadOnlyList<string> Words, Gender Gender)
{
    public SpeakerCandidate ToCandidate() => new(CandidateKind.Name, Words, Start, string.Join(' ', Words)) { Gender = Gender };
}
