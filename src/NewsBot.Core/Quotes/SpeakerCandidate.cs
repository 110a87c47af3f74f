namespace NewsBot.Core.Quotes;

/// <summary>
/// What the text names as the source before it is resolved: a name (`Peskov`), a pronoun, `the company`
/// or a description (`a senior official`). <see cref="Position"/> is where it is written.
/// </summary>
internal sealed record SpeakerCandidate(CandidateKind Kind, IReadOnlyList<string> Words, int Position, string Written)
{
    public string? Role { get; init; }

    public Gender Gender { get; init; }

    /// <summary>
    /// Already resolved by a language's rules to the person a pronoun, dropped subject or description refers to: <see cref="Words"/>
    /// is that person's name, <see cref="Kind"/> and <see cref="Position"/> what the text wrote and where.
    /// </summary>
    public bool Resolved { get; init; }

    /// <summary>Resolved as the one person the article gave the description's role (`disse a ministra`), not as a pronoun is.</summary>
    public bool ByRole { get; init; }

    /// <summary>Which cue named it; set by <see cref="CueFinder"/>.</summary>
    public CueKind Cue { get; init; }
}
