namespace NewsBot.Core.Quotes;

/// <summary>
/// How far to trust an attribution, from the evidence behind it: where the cue stands, what kind of phrase it named,
/// how completely the name was resolved, how far it is from the quote and how the turn was carried. The factors follow
/// the measured precision of each kind of evidence on PolNeAR train and the news set's tune half
/// (`eval speakers … --split train`), rounded towards caution where the two disagree.
/// </summary>
internal static class AttributionConfidence
{
    /// <summary>The nearest distance that counts as `mid` (between 60 and 150 characters).</summary>
    private const int MidDistance = 60;

    public static double Of(Attribution attribution, double entityFactor)
    {
        if (attribution.Speaker is null)
        {
            return 0;
        }

        var confidence = CueBase(attribution) * ResolutionFactor(attribution) * DistanceFactor(attribution) * TurnFactor(attribution) * entityFactor;
        return Math.Round(Math.Clamp(confidence, 0, 1), 3);
    }

    private static double CueBase(Attribution attribution) => (attribution.Cue, attribution.Kind) switch
    {
        (_, _) when attribution.Source == AttributionSource.Label => 0.9,
        (CueKind.Tail, CandidateKind.Name) => 0.98,
        (CueKind.Tail, CandidateKind.Description) => 0.95,
        (CueKind.Tail, CandidateKind.Pronoun) => 0.9,
        (CueKind.Lead, CandidateKind.Name or CandidateKind.Description) => 0.91,
        (CueKind.Lead, CandidateKind.Pronoun) => 0.8,
        (CueKind.AttributionLine, _) => 0.95,
        (CueKind.AccordingTo, CandidateKind.Name or CandidateKind.Description) => 0.9,
        (CueKind.IntroducingParagraph, CandidateKind.Name) => 0.85,
        (CueKind.ReportedSpeech, CandidateKind.Name) => 0.85,
        (CueKind.ReportedSpeech, CandidateKind.Pronoun) => 0.8,
        (_, CandidateKind.OrganisationReference) => 0.7,
        _ => 0.6,
    };

    /// <summary>A lone surname is weaker than a full name; one read before a quote weaker still (`Smith said. “…`).</summary>
    private static double ResolutionFactor(Attribution attribution) => (attribution.Resolution, attribution.Cue) switch
    {
        (NameResolution.Bare, CueKind.Tail) => 0.95,
        (NameResolution.Bare, _) => 0.85,
        (NameResolution.FullAsWritten, CueKind.Lead) => 0.9,
        (NameResolution.AmbiguousReferent, _) => 0.6,
        (NameResolution.LexiconOverruled, _) => 0.85,
        // `said the minister` as the one person given that role: 76 of 78 cue attributions right on the news set's tune half,
        // PolNeAR train and the invented sets (one wrong is the governor PolNeAR annotates as a description, the other withheld).
        (NameResolution.RoleHolder, _) => 1.0,
        _ => 1.0,
    };

    /// <summary>
    /// A sentence that introduces the quote after it opens with its subject, so a long sentence puts the name far from the quote
    /// without making it less likely the speaker (`Jonas Weber, der …, zeigte sich optimistisch, dass … . „…“`); so does a
    /// German colon lead that is one sentence from the name to the quote (`Jonas Weber, Chef von …, erklärt, dass …: „…“`).
    /// </summary>
    private static double DistanceFactor(Attribution attribution) =>
        attribution is { Cue: CueKind.IntroducingParagraph, Source: AttributionSource.Cue } or { LeadSentenceSubject: true, Source: AttributionSource.Cue }
            ? Math.Max(DistanceFactor(MidDistance), DistanceFactor(attribution.CueDistance))
            : DistanceFactor(attribution.CueDistance);

    private static double DistanceFactor(int characters) => characters switch
    {
        < 60 => 1.0,
        < 150 => 0.95,
        _ => 0.8,
    };

    private static double TurnFactor(Attribution attribution) => attribution.Source switch
    {
        // A later paragraph of a quote whose speaker a lead named: 0 of 5 right on the news set's tune half (none on PolNeAR train).
        AttributionSource.CarriedQuote => attribution.Cue == CueKind.Lead ? 0.75 : 0.98,
        AttributionSource.SameParagraphTurn => attribution.Cue == CueKind.Tail ? 0.99 : 0.85,
        // `selon lui` / `para ella` carried into the next paragraph from a description: 0 of 1 right on the news set's tune half
        // (French), never seen on PolNeAR train; the pronoun and the description both point back, so too little is left to name.
        AttributionSource.NextParagraphTurn => attribution.Cue == CueKind.AccordingTo ? 0.75 : 0.85,
        // A Romance colon lead's speaker going on in the next paragraph or after a colon lead about them: 11 of 11 right on the
        // invented Romance set rom30, whose traps (a paragraph quoting someone unnamed, two people named before a quote) the turn's
        // checks still stop; never met on the news set's tune half or PolNeAR (English never takes it).
        AttributionSource.ColonCarriedTurn => 0.95,
        // A paragraph of nothing but a quote after one that opens with the speaker: 4 of 4 right on PolNeAR train, 3 of 3 on
        // the news set's tune half; other resumed turns 3 of 6 on PolNeAR train, so they stay below the bar.
        AttributionSource.QuoteParagraphTurn => 0.8,
        AttributionSource.ResumedTurn => 0.7,
        AttributionSource.IndirectTurn => 0.75,
        _ => 1.0,
    };
}
