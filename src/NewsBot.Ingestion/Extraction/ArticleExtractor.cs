using AngleSharp.Dom;
using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction.Blocks;
using NewsBot.Ingestion.Extraction.Candidates;
using NewsBot.Ingestion.Extraction.PageTypes;
using NewsBot.Ingestion.Extraction.Titles;

namespace NewsBot.Ingestion.Extraction;

/// <summary>
/// Main text and metadata of a news page, on AngleSharp. Metadata and paywall marks are read first,
/// on the untouched document; then several candidates give their opinion of the article text (our DOM scorer,
/// JSON-LD <c>articleBody</c>, embedded page state, the DOM read without class hints) and one is chosen by
/// agreement and measured signals, as blocks separated by a blank line (quote offsets index that text).
/// An empty or partial article says why.
/// </summary>
public sealed class ArticleExtractor
{
    /// <summary>A DOM text shorter than this may have lost the article to a class name: read the page again without them.</summary>
    private const int DoubtfulDomWords = 150;

    private readonly bool _readEveryCandidate;
    private readonly IReadOnlySet<PageType> _blockTypes;

    public ArticleExtractor()
        : this(readEveryCandidate: false)
    {
    }

    /// <param name="blockTypes">The page types whose text the block classifier gives (off by default: it has not yet
    /// measured better than the rules on pages it was not trained on).</param>
    public ArticleExtractor(IReadOnlySet<PageType> blockTypes)
        : this(readEveryCandidate: false, blockTypes)
    {
    }

    /// <param name="readEveryCandidate">Read the wide DOM candidate on every page, not only when the DOM text is doubtful
    /// (the benchmark's worst case).</param>
    /// <param name="blockTypes">The page types whose text the block classifier gives (<see cref="BlockCandidateTypes"/> by default).</param>
    internal ArticleExtractor(bool readEveryCandidate, IReadOnlySet<PageType>? blockTypes = null)
    {
        _readEveryCandidate = readEveryCandidate;
        _blockTypes = blockTypes ?? BlockCandidateTypes.Default;
    }

    /// <summary>The model that chooses the headline among the page's title candidates (the shipped one unless given).</summary>
    public TitleModel TitleModel { get; init; } = TitleModel.Embedded;

    /// <summary>Sees every page's title candidates with their features (`eval train-titles` learns from them).</summary>
    public Action<IReadOnlyList<TitleCandidate>>? TitleCandidatesSeen { get; init; }

    /// <summary>How often each path ran over this extractor's life.</summary>
    public ExtractionWork Work { get; } = new();

    public ExtractedArticle Extract(string html, Uri? pageUri) => Extract(html, pageUri, pageType: null);

    /// <param name="pageType">The page's type when the caller knows it; detected from the page when null.</param>
    public ExtractedArticle Extract(string html, Uri? pageUri, PageType? pageType)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Extract(PreparedMarkup.From(html), pageUri, pageType);
    }

    /// <summary>Extracts decoded characters (a pooled buffer): the only string made is the markup kept after the caps.</summary>
    internal ExtractedArticle ExtractChars(ReadOnlySpan<char> html, Uri? pageUri) => Extract(PreparedMarkup.From(html), pageUri, pageType: null);

    private ExtractedArticle Extract(PreparedMarkup markup, Uri? pageUri, PageType? pageType)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            return ExtractUntimed(markup, pageUri, pageType);
        }
        finally
        {
            ExtractionMetrics.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
    }

    private ExtractedArticle ExtractUntimed(PreparedMarkup markup, Uri? pageUri, PageType? pageType)
    {
        if (markup.NotTextReason is { } notText)
        {
            return new ExtractedArticle("", ArticleMetadata.Empty) { Url = pageUri?.AbsoluteUri, IsPartial = true, EmptyReason = notText };
        }

        var (html, cutReason) = (markup.Html, markup.CutReason);
        Work.CountPage();
        using var document = PageParser.Parse(html);
        StreamedPlacement.Apply(document, html);
        using var index = DomIndex.Attach(document);
        var jsonLd = JsonLdReader.Read(document);
        var meta = new MetaTags(document);
        var declared = MetadataReader.Read(document, meta, jsonLd, pageUri);
        var paywalled = PaywallDetector.HasMarkers(document);
        // Measured once: detection, the DOM readings and the content region all start from the body's unfiltered measures.
        var bodyStats = document.Body is { } measured ? DocumentStats.Measure(measured, new ExcludedNodes()) : null;
        var verdict = pageType is { } known ? PageTypeVerdict.Known(known) : PageTypeDetector.Detect(document, pageUri, declared, bodyStats, meta);
        // Read before the body is pruned: the starter's line sits in the thread's header, which pruning may drop.
        var labelledStarter = ThreadStarter.Find(document, verdict.Type == PageType.Forum);
        var metadata = MetadataReader.WithShownValues(document, declared, jsonLd, meta, pageUri, verdict.Type == PageType.Forum);
        metadata = labelledStarter is null ? metadata : metadata with { Byline = labelledStarter };
        metadata = ThreadStarter.StartedDay(document) is { } started ? metadata with { Published = started } : metadata;

        TextCandidate? chosen = null;
        var (text, type) = ("", verdict.Type);
        if (document.Body is { } body && bodyStats is not null)
        {
            string ArticleText(IElement root)
            {
                chosen = ChooseText(document, root, bodyStats, jsonLd);
                return chosen.Text;
            }

            (text, type) = PageTextChooser.Choose(body, verdict, ArticleText, bodyStats, Work, HeadlineWords.Of(document.Title, meta.First("description")));
            (text, chosen) = ChosenTextRefinement.Refine(text, chosen, type, verdict, body, jsonLd, _blockTypes);
            metadata = PageTypeBylines.Adjust(metadata, type, document, body, jsonLd, meta, pageUri, labelledStarter);
        }

        if (MisreadNoBreakSpace.Remove(MisdecodedText.Repair(text)) is var repaired && !ReferenceEquals(repaired, text))
        {
            chosen = chosen is { } misread && ReferenceEquals(misread.Text, text) ? new TextCandidate(misread.Source, repaired) : chosen;
            text = repaired;
        }

        metadata = TitleChooser.Choose(document, meta, jsonLd, metadata, type, text, pageUri, TitleModel, TitleCandidatesSeen);
        var emptyReason = text.Length == 0 ? EmptyArticleDiagnosis.Reason(document) : null;
        var partialReason = emptyReason is null
            ? ArticleCompleteness.PartialReason(new CompletenessSignals(text, cutReason, jsonLd.IsAccessibleForFree, paywalled, jsonLd.WordCount))
            : null;
        return new ExtractedArticle(text, metadata)
        {
            Url = pageUri?.AbsoluteUri,
            IsPartial = emptyReason is not null || partialReason is not null,
            PartialReason = partialReason,
            EmptyReason = emptyReason,
            TextSource = text.Length == 0 ? null : chosen is { } won && string.Equals(won.Text, text, StringComparison.Ordinal) ? won.Source : null,
            PageType = type,
        };
    }

    private TextCandidate ChooseText(IDocument document, IElement body, DocumentStats bodyStats, JsonLdArticle jsonLd)
    {
        Work.CountArticlePath();
        var dom = new TextCandidate(CandidateSources.Dom, DomCandidate.Extract(body, bodyStats, trustClassHints: true));
        var candidates = new List<TextCandidate> { dom };
        if (jsonLd.ArticleBody is { } articleBody)
        {
            candidates.Add(new TextCandidate(CandidateSources.JsonLd, MarkupText.ToBlocks(articleBody)));
        }

        if (EmbeddedStateReader.Read(document) is { } state)
        {
            candidates.Add(new TextCandidate(CandidateSources.PageState, state));
        }

        if (_readEveryCandidate || dom.WordCount < DoubtfulDomWords)
        {
            Work.CountWideReading();
            candidates.Add(new TextCandidate(CandidateSources.DomWide, DomCandidate.Extract(body, bodyStats, trustClassHints: false)));
        }

        return CandidateChooser.Choose(candidates, jsonLd.WordCount);
    }
}
