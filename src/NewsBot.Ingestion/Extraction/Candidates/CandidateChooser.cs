namespace NewsBot.Ingestion.Extraction.Candidates;

/// <summary>
/// Chooses the article text among the candidates by agreement and measured signals. The DOM scorer's text is
/// the default: it keeps the page's blocks. A structured text (JSON-LD <c>articleBody</c>, page state) replaces it
/// when the DOM text misses much of it and it brings more words; page state, which may hold any long text, must
/// neither ignore nor merely extend a substantial DOM text. The wide DOM reading replaces a choice that holds less than
/// half of it. A declared <c>wordCount</c> settles between candidates when the choice is far from it.
/// </summary>
internal static class CandidateChooser
{
    /// <summary>Share of a structured text's words the current choice must hold to count as agreeing with it.</summary>
    private const double AgreementShare = 0.8;

    /// <summary>A replacement must bring this many times the words of the current choice.</summary>
    private const double MoreWords = 1.1;

    /// <summary>Fewer words than this is not a text worth an opinion.</summary>
    private const int MinimumWords = 15;

    private const int SubstantialDomWords = 100;
    private const double MinimumSharedWithDom = 0.3;
    private const double ContainedShare = 0.9;
    private const double WideGain = 2.0;
    private const double DeclaredTolerance = 0.35;

    public static TextCandidate Choose(IReadOnlyList<TextCandidate> candidates, int? declaredWords)
    {
        var dom = candidates.First(c => c.Source == CandidateSources.Dom);
        var best = dom;
        foreach (var structured in candidates.Where(c => c.Source is CandidateSources.JsonLd or CandidateSources.PageState))
        {
            // The word counts first: the bags are built only for a text that could replace the choice.
            if (structured.WordCount < MinimumWords || structured.WordCount < best.WordCount * MoreWords
                || structured.Words.CoveredBy(best.Words) >= AgreementShare)
            {
                continue;
            }

            if (!(structured.Source == CandidateSources.PageState && DomStandsAgainst(dom, structured)))
            {
                best = structured;
            }
        }

        if (candidates.FirstOrDefault(c => c.Source == CandidateSources.DomWide) is { } wide
            && wide.WordCount >= MinimumWords && wide.WordCount >= best.WordCount * WideGain)
        {
            best = wide;
        }

        return declaredWords is { } declared && declared >= 50 && Distance(best, declared) > DeclaredTolerance
            ? candidates.Where(c => c.WordCount >= MinimumWords).MinBy(c => Distance(c, declared)) ?? best
            : best;
    }

    /// <summary>
    /// Page state may hold any long text: a substantial DOM text wins when the state shares little with it (another
    /// text) or holds all of it and more (the article plus teasers, captions or comments).
    /// </summary>
    private static bool DomStandsAgainst(TextCandidate dom, TextCandidate state)
    {
        if (dom.WordCount < SubstantialDomWords)
        {
            return false;
        }

        var sharedShare = dom.Words.CoveredBy(state.Words);
        return sharedShare < MinimumSharedWithDom || sharedShare >= ContainedShare;
    }

    private static double Distance(TextCandidate candidate, int declared) =>
        Math.Abs(Math.Log((candidate.WordCount + 1.0) / declared));
}
