namespace NewsBot.Core.Quotes.Languages;

/// <summary>A person named in the article: where, in which words, and the gender the given name tells (if any).</summary>
internal sealed record PersonMention(int Start, IReadOnlyList<string> Words, Gender Gender)
{
    /// <summary>Named where its clause's subject stands, so a later pronoun or dropped subject may refer to it over the last speaker.</summary>
    public bool OpensClause { get; init; }

    /// <summary>Named after a preposition that is not `de`/`di`/`du`/`do` (`con Quiñónez`, `a Martínez`): a participant, if not the subject.</summary>
    public bool Participant { get; init; }

    /// <summary>This person as a speaker, named by <paramref name="fullest"/>, the fullest form of the name the article gives.</summary>
    public SpeakerCandidate ToCandidate(IReadOnlyList<string> fullest) => new(CandidateKind.Name, fullest, Start, string.Join(' ', fullest)) { Gender = Gender };
}
