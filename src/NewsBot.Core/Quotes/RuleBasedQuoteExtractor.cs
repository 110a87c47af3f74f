using NewsBot.Core.Quotes.Calibration;
using NewsBot.Core.Quotes.Ranking;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Finds quotations and their speakers with rules over the text, then marks the key quotes; when fewer than two
/// quotes are key, it also picks the article's most central sentences.
/// </summary>
public sealed class RuleBasedQuoteExtractor : IQuoteExtractor
{
    private const int MinKeyQuotesWithoutSentences = 2;

    /// <summary>Longer input is analysed up to this length only: offsets stay valid, the work stays bounded.</summary>
    internal const int MaxAnalysedChars = 400_000;

    /// <summary>The article's words are tokenized into a list kept per thread up to this many words (issue 17: one list per article was 3.5% of the poll cycle's allocations).</summary>
    private const int MaxKeptWords = 8_192;

    [ThreadStatic]
    private static List<Word>? t_articleWords;

    /// <summary>Tuned for at most 3% wrong speakers on the tune halves and PolNeAR train (README, "Key quotes").</summary>
    public const double DefaultMinSpeakerConfidence = 0.7;

    /// <summary>Below this confidence a quote's speaker is left null: a wrong name is worse than none.</summary>
    public double MinSpeakerConfidence { get; init; } = DefaultMinSpeakerConfidence;

    /// <summary>Proposes a speaker from the names around a quote where the rules found none (<see cref="SpeakerRanker"/>); null: rules only.</summary>
    public SpeakerModel? SpeakerModel { get; init; } = SpeakerModel.Embedded;

    /// <summary>
    /// With the ranker, asks the other opinions on every speaker the rules chose and lowers the confidence where they
    /// disagree, as measured (<see cref="SpeakerCalibration"/>); null (the default): the rules' hand-set confidence. Off by
    /// default: cross-validated on PolNeAR train and the news tune half it traded right for wrong speakers, but on
    /// PolNeAR dev and the news check half it cost right ones only (README, "Speaker ranker").
    /// </summary>
    public SpeakerCalibration? Calibration { get; init; }

    /// <summary>
    /// Overrules the hand-set confidence of the rules' choices where their evidence's measured precision in the article's
    /// language says otherwise (<see cref="RuleConfidenceTable"/>, README "Key quotes"); null: the hand-set confidence.
    /// </summary>
    public RuleConfidenceTable? RuleConfidence { get; init; } = RuleConfidenceTable.Embedded;

    public QuoteAnalysis Extract(string text, int maxKeyQuotes = 3)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(maxKeyQuotes);
        if (string.IsNullOrWhiteSpace(text))
        {
            return QuoteAnalysis.Empty;
        }

        var analysed = text.Length > MaxAnalysedChars ? text[..MaxAnalysedChars] : text;
        return Analyse(analysed, maxKeyQuotes);
    }

    /// <summary>Every speaker candidate of every quote with its features, as the ranker scores them (training data).</summary>
    public IReadOnlyList<SpeakerCandidateRow> SpeakerCandidates(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<SpeakerCandidateRow>();
        var analysed = text.Length > MaxAnalysedChars ? text[..MaxAnalysedChars] : text;
        Attribute(analysed, new SpeakerRanker(SpeakerModel ?? SpeakerModel.Embedded) { Observer = rows.Add });
        return rows;
    }

    private QuoteAnalysis Analyse(string text, int maxKeyQuotes)
    {
        var (paragraphs, segments, words, rules, found, language) = Attribute(text, SpeakerModel is null ? null : new SpeakerRanker(SpeakerModel, Calibration));
        var english = language == "en";
        if (RuleConfidence is { Policy.Overrules: true } table)
        {
            RuleConfidenceAdjustment.Apply(table, rules, found, language);
        }

        var attributions = found.Select(a => a.Speaker is null || a.Confidence >= MinSpeakerConfidence ? a : Attribution.None).ToArray();

        var all = segments.Select((segment, i) => new Quote(
            text[segment.Content.Start..segment.Content.End], segment.Content.Start, segment.Content.End)
        {
            Speaker = attributions[i].Speaker,
            SpeakerRole = english ? RoleCapitalisation.Normalise(attributions[i].Role) : attributions[i].Role,
            SpeakerConfidence = attributions[i].Confidence,
            SpeakerEvidence = found[i].Evidence,
        }).ToList();
        var display = QuoteDisplay.Build(segments, all);
        all = all.Select((q, i) => q with { DisplayText = display[i] }).ToList();
        var runIn = english ? RunInFragment.Mark(text, segments) : new bool[segments.Count];
        // Each quote's words, read once from the article's for the mention test and the ranker.
        var quoteWords = segments.Select(s => WordTokenizer.Within(words, text, s.Content.Start, s.Content.End)).ToList();
        var isMention = all.Select((q, i) => QuotedMention.IsMention(
            q.Text, quoteWords[i], rules[i].FromCue && rules[i].Speaker is not null, rules[i].Speaker is not null, WordBefore(text, segments[i].OpenMark),
            CitesWork(text, segments[i])) || runIn[i] || (english && AttributiveQuote.Modifies(text, segments[i]))).ToList();

        var ranked = KeyQuoteRanker.Rank(words, all.Where((_, i) => !isMention[i]).ToList(), quoteWords.Where((_, i) => !isMention[i]).ToList(), maxKeyQuotes);
        KeepWords(words);
        var keySentences = ranked.Count(q => q.IsKey) < MinKeyQuotesWithoutSentences
            ? KeySentenceRanker.Rank(text, paragraphs)
            : [];
        return new QuoteAnalysis(ranked, keySentences) { Mentions = all.Where((_, i) => isMention[i]).ToList(), Language = language };
    }

    /// <summary>The rules' attributions and, with a ranker, the ranked ones (what a quote is stays the rules' call).</summary>
    private static (IReadOnlyList<TextSpan> Paragraphs, IReadOnlyList<QuotedSegment> Segments, List<Word> Words, Attribution[] Rules, Attribution[] Found, string Language) Attribute(
        string text, SpeakerRanker? ranker)
    {
        var paragraphs = ParagraphSplitter.Split(text);
        var words = ArticleWords(text);
        var language = Languages.LanguageDetector.Detect(text, words);
        var turns = Languages.DialogueTurns.Apply(text, paragraphs, QuotationFinder.Find(text, paragraphs), language);
        var withTurns = Languages.LabelledInterviewAnswers.Add(
            text, paragraphs, Languages.PlainInterviewAnswers.Add(text, paragraphs, Languages.InterviewAnswerParagraphs.Mark(text, paragraphs, turns, language), language), language);
        var segments = Languages.InciseSplitter.Split(text, withTurns, language);
        ArticleWordsInUse.Lend(text, words);
        try
        {
            var names = NameIndex.Build(text, words, segments);
            var rules = Languages.Interviewee.Answers(text, segments, names, SpeakerAttributor.Attribute(text, paragraphs, segments, names, language));
            var found = ranker?.Rank(text, paragraphs, segments, names, language, rules) ?? rules;
            return (paragraphs, segments, words, rules, found, language?.Code ?? "en");
        }
        finally
        {
            ArticleWordsInUse.Release();
        }
    }

    /// <summary>The words of <paramref name="text"/>, in this thread's kept list when there is one (nothing else holds it meanwhile).</summary>
    private static List<Word> ArticleWords(string text)
    {
        var words = t_articleWords ?? [];
        t_articleWords = null;
        words.EnsureCapacity((text.Length / 5) + 4);
        WordTokenizer.TokenizeInto(words, text, 0, text.Length);
        return words;
    }

    /// <summary>Keeps an article's word list for the thread's next article, unless a long article made it large.</summary>
    private static void KeepWords(List<Word> words)
    {
        if (words.Capacity <= MaxKeptWords)
        {
            words.Clear();
            t_articleWords = words;
        }
    }

    /// <summary>`Deniz Yücel: „Agentterrorist“ (Kiepenheuer &amp; Witsch)`: a parenthesis that ends the paragraph right after the quote names a publisher or a source.</summary>
    private static bool CitesWork(string text, QuotedSegment segment)
    {
        if (segment.IsOpenEnded)
        {
            return false;
        }

        var after = text.AsSpan(segment.CloseMark + 1);
        var lineEnd = after.IndexOf('\n');
        var rest = (lineEnd < 0 ? after : after[..lineEnd]).Trim();
        return rest.Length > 2 && rest[0] == '(' && rest[^1] == ')' && rest[1..].IndexOfAny('(', ')') == rest.Length - 2;
    }

    /// <summary>The word before <paramref name="position"/>, spaces skipped, lower case; empty when none.</summary>
    internal static string WordBefore(string text, int position)
    {
        var end = position;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text[start..end].ToLowerInvariant();
    }
}
