using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Every name mentioned in the article, in order. Expands short mentions to the full name of an earlier mention
/// (`Peskov` → `Dmitry Peskov`) and finds the antecedent of a pronoun or of `the company`.
/// </summary>
internal sealed class NameIndex
{
    private readonly List<NameMention> _mentions;
    private readonly IReadOnlyList<QuotedSegment> _segments;
    private readonly FullFormFinder _fullForms;
    private readonly ReferentChecks _checks;
    private readonly NameMentionScans _scans;

    private NameIndex(string text, List<NameMention> mentions, IReadOnlyList<QuotedSegment> segments)
    {
        _mentions = mentions;
        _segments = segments;
        _fullForms = new FullFormFinder(mentions);
        _checks = new ReferentChecks(text, mentions, _fullForms);
        _scans = new NameMentionScans(mentions, _checks, _fullForms);
    }

    public IReadOnlyList<NameMention> Mentions => _mentions;

    public static NameIndex Build(string text, IReadOnlyList<Word> words, IReadOnlyList<QuotedSegment> segments) =>
        new(text, NameMentionCollector.Collect(text, words, segments), segments);

    /// <summary>The mention that gives the full form of <paramref name="words"/> used at <paramref name="position"/>.</summary>
    public NameMention? FullForm(IReadOnlyList<string> words, int position) => _fullForms.FullForm(words, position);

    /// <summary>The latest person before <paramref name="position"/> (and from <paramref name="from"/>) who fits the pronoun, quoted names aside.</summary>
    public NameMention? PersonBefore(int position, Gender gender, int from = 0)
    {
        for (var i = _mentions.Count - 1; i >= 0 && _mentions[i].Span.Start >= from; i--)
        {
            var mention = _mentions[i];
            if (mention.Span.Start >= position || mention.InsideQuote)
            {
                continue;
            }

            if (mention.Kind is NameKind.Person or NameKind.Unknown && !ReferentChecks.LooksPlural(mention) && !_checks.IsCapitalizedWord(mention) && !ReferentChecks.NotAReferent(mention)
                && _checks.Fits(mention, gender))
            {
                return FullForm(mention.Words, mention.Span.Start) ?? mention;
            }
        }

        return null;
    }

    /// <summary>
    /// The subject of the paragraph's latest sentence about a person: `Ryan said the onus is on Trump. “…,” he said.`
    /// is Ryan, not the latest name. Null when no sentence of the paragraph before <paramref name="position"/> opens with one.
    /// </summary>
    public NameMention? SubjectBefore(int position, int paragraphStart, Gender gender)
    {
        for (var i = _mentions.Count - 1; i >= 0 && _mentions[i].Span.Start >= paragraphStart; i--)
        {
            var mention = _mentions[i];
            if (mention.Span.Start < position && !mention.InsideQuote && (mention.OpensSentence || mention.SubjectOfReportingVerb || mention.FollowsOpeningPhrase || mention.SpeaksAfterQuote)
                && mention.Kind is NameKind.Person or NameKind.Unknown && !ReferentChecks.LooksPlural(mention) && !_checks.IsCapitalizedWord(mention) && _checks.Fits(mention, gender))
            {
                return FullForm(mention.Words, mention.Span.Start) ?? mention;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a sentence between <paramref name="from"/> and <paramref name="position"/> is about a person who does not fit
    /// <paramref name="gender"/> (opens with them, or they are a reporting verb's subject).
    /// </summary>
    public bool OtherGenderSubjectBefore(int position, int from, Gender gender, string antecedent) => _scans.OtherGenderSubjectBefore(position, from, gender, antecedent);

    /// <summary>Whether a person who does not fit <paramref name="gender"/> is named outside quotes between the two positions.</summary>
    public bool OtherGenderPersonBetween(int start, int position, Gender gender, string antecedent) => _scans.OtherGenderPersonBetween(start, position, gender, antecedent);

    /// <summary>Whether a name ending in <paramref name="lastWord"/> is mentioned outside quotes between the two positions.</summary>
    public bool Named(string lastWord, int start, int position) => _scans.Named(lastWord, start, position);

    /// <summary>Where the latest mention outside quotes of a name ending in <paramref name="lastWord"/> before <paramref name="position"/> starts (0 if none).</summary>
    public int LastMentionBefore(string lastWord, int position) =>
        _mentions.LastOrDefault(m => m.Span.Start < position && !m.InsideQuote && m.LastWord == lastWord)?.Span.Start ?? 0;

    /// <summary>Whether <paramref name="position"/> lies inside a quotation (a name's mention there is marked so).</summary>
    public bool InsideQuote(int position) => NameMentionCollector.InsideAnyQuote(_segments, position);

    /// <summary>How many different people that fit <paramref name="gender"/> are named outside quotes between the two positions.</summary>
    public int PeopleBetween(int start, int position, Gender gender) => _scans.PeopleBetween(start, position, gender);

    /// <summary>Whether someone besides <paramref name="antecedent"/> fits the pronoun between the two positions (<see cref="NameMentionScans.RivalBetween"/>).</summary>
    public bool RivalBetween(int start, int position, Gender gender, NameMention antecedent) => _scans.RivalBetween(start, position, gender, antecedent);

    /// <summary>
    /// Whether a sentence between the two positions, outside quotes, opens with someone other than <paramref name="speaker"/>;
    /// with <paramref name="anywhereInSentence"/>, whether someone else is named there at all (a quote's own colon lead).
    /// </summary>
    public bool SomeoneElseNamed(int start, int end, string speaker, string? language, bool anywhereInSentence = false) =>
        _mentions.Any(m => m.Span.Start >= start && m.Span.Start < end && !m.InsideQuote && (m.OpensSentence || anywhereInSentence)
            && (m.Kind == NameKind.Person || (m.Kind == NameKind.Unknown && !ReferentChecks.LooksPlural(m) && !_checks.IsCapitalizedWord(m)))
            && ReferentChecks.IsSurelyPerson(FullForm(m.Words, m.Span.Start) ?? m, language)
            && !speaker.Split(' ').Contains(m.LastWord, StringComparer.Ordinal));

    /// <summary>The latest person before <paramref name="position"/>, outside quotes, that <paramref name="fits"/>, among the last few named.</summary>
    public NameMention? PersonBefore(int position, Func<NameMention, bool> fits)
    {
        // Read from the end and stop after the last few people: filtering every mention for each description was most of the call.
        const int MaxPeopleBack = 8;
        var people = 0;
        for (var i = _mentions.Count - 1; i >= 0 && people < MaxPeopleBack; i--)
        {
            var m = _mentions[i];
            if (m.Span.Start < position && !m.InsideQuote && m.Kind is NameKind.Person or NameKind.Unknown)
            {
                people++;
                if (fits(m))
                {
                    return m;
                }
            }
        }

        return null;
    }

    /// <summary>The latest organisation named before <paramref name="position"/> (and from <paramref name="from"/>), for `the company said`.</summary>
    public NameMention? OrganisationBefore(int position, int from = 0) =>
        _mentions.LastOrDefault(m => m.Span.Start < position && m.Span.Start >= from && !m.InsideQuote && IsBody(m));

    /// <summary>The latest organisation named before <paramref name="position"/> that <paramref name="fits"/>.</summary>
    public NameMention? OrganisationBefore(int position, Func<NameMention, bool> fits) =>
        _mentions.LastOrDefault(m => m.Span.Start < position && !m.InsideQuote && IsBody(m) && fits(m));

    /// <summary>
    /// An organisation, or a firm's name read as a person's (`Kapela Power`): such a name is a body only for `the company
    /// said` and `they said`; read as one everywhere, it cost PolNeAR's held-out half a speaker.
    /// </summary>
    private static bool IsBody(NameMention mention) =>
        mention.Kind == NameKind.Organisation || (mention is { Kind: NameKind.Person or NameKind.Unknown, Title: null } && CorporateSuffix.Names(mention.Words));

    /// <summary>
    /// The organisation whose name holds <paramref name="head"/> (`the ministry` → `Ministry of Works`): the latest named
    /// before <paramref name="position"/>, else the first named after it.
    /// </summary>
    public NameMention? OrganisationCalled(string head, int position)
    {
        bool Holds(NameMention m) =>
            m is { Kind: NameKind.Organisation, InsideQuote: false } && m.Words.Any(w => string.Equals(w, head, StringComparison.OrdinalIgnoreCase));

        return _mentions.LastOrDefault(m => m.Span.Start < position && Holds(m)) ?? _mentions.FirstOrDefault(m => m.Span.Start > position && Holds(m));
    }
}
