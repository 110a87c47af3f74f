using NewsBot.Ingestion.Extraction.Candidates;

namespace NewsBot.Ingestion.Tests.Extraction.Candidates;

public sealed class CandidateChooserTests
{
    private static readonly string Article = Words("harbour", 120) + " " + Words("ferry", 80);
    private static readonly string Teasers = Words("festival", 150);

    [Fact]
    public void Choose_StructuredTextAgreesWithDom_KeepsDom()
    {
        var dom = new TextCandidate(CandidateSources.Dom, Article);

        var chosen = CandidateChooser.Choose([dom, new(CandidateSources.JsonLd, Article)], declaredWords: null);

        Assert.Same(dom, chosen);
    }

    [Fact]
    public void Choose_DomHoldsOnlyPartOfJsonLd_TakesJsonLd()
    {
        var jsonLd = new TextCandidate(CandidateSources.JsonLd, Article);

        var chosen = CandidateChooser.Choose([new(CandidateSources.Dom, Words("harbour", 40)), jsonLd], declaredWords: null);

        Assert.Same(jsonLd, chosen);
    }

    [Fact]
    public void Choose_ShorterStructuredText_KeepsDom()
    {
        var dom = new TextCandidate(CandidateSources.Dom, Article);

        var chosen = CandidateChooser.Choose([dom, new(CandidateSources.JsonLd, Words("council", 60))], declaredWords: null);

        Assert.Same(dom, chosen);
    }

    [Fact]
    public void Choose_PageStateUnrelatedToSubstantialDom_KeepsDom()
    {
        var dom = new TextCandidate(CandidateSources.Dom, Article);

        var chosen = CandidateChooser.Choose([dom, new(CandidateSources.PageState, Teasers + " " + Teasers)], declaredWords: null);

        Assert.Same(dom, chosen);
    }

    [Fact]
    public void Choose_PageStateHoldingDomAndMore_KeepsDom()
    {
        var dom = new TextCandidate(CandidateSources.Dom, Article);

        var chosen = CandidateChooser.Choose([dom, new(CandidateSources.PageState, Article + " " + Teasers)], declaredWords: null);

        Assert.Same(dom, chosen);
    }

    [Fact]
    public void Choose_DomNearlyEmpty_TakesPageState()
    {
        var state = new TextCandidate(CandidateSources.PageState, Article);

        var chosen = CandidateChooser.Choose([new(CandidateSources.Dom, "Skip to content"), state], declaredWords: null);

        Assert.Same(state, chosen);
    }

    [Fact]
    public void Choose_WideReadingHoldsTwiceTheWords_TakesIt()
    {
        var wide = new TextCandidate(CandidateSources.DomWide, Article);

        var chosen = CandidateChooser.Choose([new(CandidateSources.Dom, Words("harbour", 30)), wide], declaredWords: null);

        Assert.Same(wide, chosen);
    }

    [Fact]
    public void Choose_WideReadingOnlySlightlyLonger_KeepsDom()
    {
        var dom = new TextCandidate(CandidateSources.Dom, Words("harbour", 100));

        var chosen = CandidateChooser.Choose([dom, new(CandidateSources.DomWide, Words("harbour", 150))], declaredWords: null);

        Assert.Same(dom, chosen);
    }

    [Fact]
    public void Choose_DeclaredWordCount_SettlesForTheClosestCandidate()
    {
        var wide = new TextCandidate(CandidateSources.DomWide, Article + " " + Teasers);
        var dom = new TextCandidate(CandidateSources.Dom, Article);

        Assert.Same(dom, CandidateChooser.Choose([dom, wide], declaredWords: 210));
        Assert.Same(wide, CandidateChooser.Choose([dom, wide], declaredWords: 340));
    }

    private static string Words(string word, int count) => string.Join(" ", Enumerable.Repeat(word, count));
}
