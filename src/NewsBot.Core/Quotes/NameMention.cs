namespace NewsBot.Core.Quotes;

/// <summary>A run of capitalized words naming someone or something; <see cref="Title"/> holds a stripped title (`Sen.`, `President`).</summary>
internal sealed record NameMention(TextSpan Span, string Text, IReadOnlyList<string> Words, NameKind Kind, Gender Gender)
{
    public string? Title { get; init; }

    public bool InsideQuote { get; init; }

    /// <summary>The mention opens a sentence, where any word is capitalized (`Work began in May.`).</summary>
    public bool OpensSentence { get; init; }

    /// <summary>A reporting verb follows the mention (`Nadella said`): it is the subject of its clause.</summary>
    public bool SubjectOfReportingVerb { get; init; }

    /// <summary>The speaker named after the reporting verb that follows a quote (`“…,” stated Holm.`), see <see cref="InvertedTailSubject"/>.</summary>
    public bool SpeaksAfterQuote { get; init; }

    /// <summary>The subject after an opening phrase (`After the show, Holm teed up …`), see <see cref="OpeningPhraseSubject"/>.</summary>
    public bool FollowsOpeningPhrase { get; init; }

    /// <summary>The one spoken to (`she told Oprah`, `said to Brandt`): not who a later pronoun means.</summary>
    public bool Addressed { get; init; }

    /// <summary>A name qualifying a noun (`a Jenny Craig spokeswoman`): no person a later pronoun can mean.</summary>
    public bool Modifier { get; init; }

    /// <summary>A place after `in`, `at`, `from` or `to` (`a university in Nairobi`), see <see cref="LocativeObject"/>.</summary>
    public bool PlaceObject { get; init; }

    /// <summary>
    /// The surname: `Kennedy` of `James P. Kennedy Jr.`, since the article goes on with `Kennedy said`, never `Jr. said`.
    /// </summary>
    public string LastWord => Words.Count > 2 && IsGenerationalSuffix(Words[^1]) ? Words[^2] : Words[^1];

    private static bool IsGenerationalSuffix(string word) => word.TrimEnd('.') is "Jr" or "Sr" or "II" or "III" or "IV";
}
