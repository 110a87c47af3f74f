using NewsBot.Core.Quotes.Entities;

namespace NewsBot.Core.Quotes.Ranking;

/// <summary>
/// The features of a speaker candidate: what the rules found (evidence kind and their hand-set confidence), where the
/// name stands (distance, side, sentence, paragraph), what the name is (entity kind, full name or not), and the
/// discourse (previous speaker, mentions). None is a word of one language, so the model carries across languages.
/// </summary>
internal static class CandidateFeatures
{
    public static IReadOnlyList<string> Names { get; } =
    [
        "rule", "rule_confidence", "rule_log_odds",
        "source_cue", "source_label", "source_carried", "source_paragraph_turn", "source_next_paragraph_turn", "source_resumed_turn", "source_indirect_turn",
        "cue_tail", "cue_lead", "cue_according_to", "cue_line", "cue_introducing",
        "kind_pronoun", "kind_organisation", "kind_description",
        "resolution_expanded", "resolution_bare", "resolution_referent", "resolution_ambiguous",
        "entity_factor", "entity_person", "entity_organisation", "entity_unknown", "entity_confidence",
        "one_word", "three_words", "lower_case_word",
        "mentioned_near", "mention_before", "log_distance", "same_sentence", "same_paragraph",
        "subject_of_verb", "opens_sentence", "last_person_before", "previous_speaker", "log_mentions",
        "english", "log_quote_words", "first_paragraph", "opens_paragraph", "log_candidates",
        "rule_x_english", "mention_x_english", "rule_log_odds_other_language", "cue_tail_other_language", "mention_same_sentence_other_language",
        "language_de", "language_es", "language_fr", "language_it", "language_pt", "unnamed_by_cue",
        "next_speaker", "named_earlier_only", "log_paragraphs_since_mention", "quote_share", "most_quoted", "spoke_previous_paragraph", "only_person",
    ];

    public static double[] Of(RankingCandidate candidate, QuoteFacts quote, EntityGuess entity, double entityFactor)
    {
        var rule = candidate.Rule;
        var words = candidate.Speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var mention = candidate.Nearest;
        double[] features =
        [
            Flag(rule is not null), rule?.Confidence ?? 0, LogOdds(rule?.Confidence),
            Flag(rule?.Source == AttributionSource.Cue), Flag(rule?.Source == AttributionSource.Label), Flag(rule?.Source == AttributionSource.CarriedQuote),
            Flag(rule?.Source == AttributionSource.SameParagraphTurn), Flag(rule?.Source is AttributionSource.NextParagraphTurn or AttributionSource.ColonCarriedTurn),
            Flag(rule?.Source is AttributionSource.ResumedTurn or AttributionSource.QuoteParagraphTurn), Flag(rule?.Source == AttributionSource.IndirectTurn),
            Flag(rule?.Cue == CueKind.Tail), Flag(rule?.Cue == CueKind.Lead), Flag(rule?.Cue == CueKind.AccordingTo),
            Flag(rule?.Cue == CueKind.AttributionLine), Flag(rule?.Cue == CueKind.IntroducingParagraph),
            Flag(rule?.Kind == CandidateKind.Pronoun), Flag(rule?.Kind == CandidateKind.OrganisationReference), Flag(rule?.Kind == CandidateKind.Description),
            Flag(rule?.Resolution == NameResolution.Expanded), Flag(rule?.Resolution == NameResolution.Bare),
            Flag(rule?.Resolution is NameResolution.Referent or NameResolution.RoleHolder), Flag(rule?.Resolution == NameResolution.AmbiguousReferent),
            entityFactor, Flag(entity.Kind == EntityKind.Person), Flag(entity.Kind == EntityKind.Organisation), Flag(entity.Kind == EntityKind.Unknown), entity.Confidence,
            Flag(words.Length == 1), Flag(words.Length >= 3), Flag(words.Any(w => char.IsLower(w[0]))),
            Flag(mention is not null), Flag(mention is not null && candidate.Distance < 0), mention is null ? 0 : Log(Math.Abs(candidate.Distance), 6),
            Flag(candidate.SameSentence), Flag(candidate.SameParagraph),
            Flag(mention?.SubjectOfReportingVerb == true), Flag(mention?.OpensSentence == true),
            Flag(candidate.LastPersonBefore), Flag(candidate.PreviousSpeaker), Log(candidate.Mentions, 3),
            Flag(quote.English), Log(quote.Words, 4), Flag(quote.FirstParagraph), Flag(quote.OpensParagraph), Log(quote.Candidates, 2),
            Flag(rule is not null && quote.English), Flag(mention is not null && quote.English),
            quote.English ? 0 : LogOdds(rule?.Confidence), Flag(!quote.English && rule?.Cue == CueKind.Tail), Flag(!quote.English && candidate.SameSentence),
            Flag(quote.Language == "de"), Flag(quote.Language == "es"), Flag(quote.Language == "fr"), Flag(quote.Language == "it"), Flag(quote.Language == "pt"),
            Flag(quote.UnnamedByCue),
            Flag(candidate.NextSpeaker), Flag(candidate.ParagraphsSinceMention >= 0 && mention is null),
            candidate.ParagraphsSinceMention < 0 ? 0 : Log(candidate.ParagraphsSinceMention, 2), candidate.QuoteShare, Flag(candidate.MostQuoted),
            Flag(candidate.SpokePreviousParagraph), Flag(candidate.OnlyPerson),
        ];
        return features;
    }

    private static double Flag(bool value) => value ? 1 : 0;

    /// <summary>The hand-set confidence as log-odds over 5 (0 without it), so the model can sharpen or soften it.</summary>
    private static double LogOdds(double? confidence)
    {
        if (confidence is not { } c)
        {
            return 0;
        }

        var clamped = Math.Clamp(c, 0.01, 0.99);
        return Math.Log(clamped / (1 - clamped)) / 5;
    }

    /// <summary>ln(1 + x) scaled to about 0..1 over the values that occur.</summary>
    private static double Log(int value, double scale) => Math.Log(1 + Math.Max(0, value)) / scale;
}
