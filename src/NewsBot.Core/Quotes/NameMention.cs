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

    /// <summary>The subject after an opening phrase (`After the show, Holm teed up …`), see <see cref="OpeningPhraseSubject"/>.</summary>
    public bool FollowsOpeningPhrase { get; init; }

    /// <summary>The one spoken to (`she told Oprah`, `said to Brandt`): not who a later pronoun means.</summary>
    public bool Addressed { get; init; }

    /// <summary>A name qualifying a noun (`a Jenny Craig spokeswoman`): no person a later pronoun can mean.</summary>
    public bool Modifier { get; init; }

    public string LastWord => Words[^1];
}
