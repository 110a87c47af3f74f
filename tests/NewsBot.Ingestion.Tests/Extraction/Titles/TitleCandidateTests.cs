using NewsBot.Ingestion.Extraction;
using NewsBot.Ingestion.Extraction.Titles;

namespace NewsBot.Ingestion.Tests.Extraction.Titles;

/// <summary>The title candidates a page offers and their features, as the extractor hands them to the model (invented pages).</summary>
public sealed class TitleCandidateTests
{
    private static readonly Uri PageUri = new("https://wrenfield-observer.example/harbour/lights-reopen");

    private const string Prose = "<p>The harbour lights of Wrenfield shine again after a winter of repairs, the port authority said on Monday, and the ferries keep their timetable.</p>";

    private static IReadOnlyList<TitleCandidate> Candidates(string head, string body)
    {
        IReadOnlyList<TitleCandidate> seen = [];
        new ArticleExtractor { TitleCandidatesSeen = candidates => seen = candidates }
            .Extract($"<html><head>{head}</head><body>{body}</body></html>", PageUri);
        return seen;
    }

    private static double Feature(TitleCandidate candidate, string name) => candidate.Features[TitleFeatures.Names.ToList().IndexOf(name)];

    private static TitleCandidate Find(IReadOnlyList<TitleCandidate> candidates, string text) => Assert.Single(candidates, c => string.Equals(c.Text, text, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Extract_TitleWithSiteSuffix_CutHeadIsACandidateMarkedAsASiteCut()
    {
        var candidates = Candidates("<title>Harbour Lights Reopen | Wrenfield Observer</title><meta property=\"og:site_name\" content=\"Wrenfield Observer\">", "<h1>Harbour lights reopen</h1>" + Prose);

        var head = Find(candidates, "Harbour Lights Reopen");
        Assert.True(head.Has(TitleSources.PageTitleHead) && head.Has(TitleSources.SiteCut) && head.Has(TitleSources.FirstHeading));
        Assert.True(Find(candidates, "Harbour Lights Reopen | Wrenfield Observer").Has(TitleSources.PageTitle));
        Assert.Equal(1, Feature(Find(candidates, "Wrenfield Observer"), "is_site"));
    }

    [Fact]
    public void Extract_SameTextInSeveralSources_OneCandidateCountingTheSources()
    {
        var candidates = Candidates("<title>Ferry fares rise in spring</title><meta property=\"og:title\" content=\"Ferry Fares Rise In Spring\">", "<h1>Ferry fares rise in spring</h1>" + Prose);

        var title = Find(candidates, "Ferry fares rise in spring");
        Assert.True(title.Has(TitleSources.PageTitle) && title.Has(TitleSources.OgTitle) && title.Has(TitleSources.FirstHeading) && title.Has(TitleSources.Rule));
        Assert.Equal(0.75, Feature(title, "agreeing_sources"));
    }

    [Fact]
    public void Extract_TitleWithColonSubtitle_BothPartsAreCandidates()
    {
        var candidates = Candidates("<title>Harbour lights: a winter of repairs</title>", Prose);

        Assert.True(Find(candidates, "Harbour lights").Has(TitleSources.PageTitleHead));
        Assert.True(Find(candidates, "a winter of repairs").Has(TitleSources.PageTitleTail));
    }

    [Fact]
    public void Extract_CandidateNamedByTheAddress_AddressFeaturesSaySo()
    {
        var candidates = Candidates("<title>Harbour Lights Reopen | Wrenfield Observer</title>", "<h1>Ferry news</h1>" + Prose);

        var head = Find(candidates, "Harbour Lights Reopen");
        Assert.Equal(2.0 / 3, Feature(head, "address_share"), 6);
        Assert.Equal(1, Feature(head, "address_cover"));
        Assert.Equal(0, Feature(Find(candidates, "Ferry news"), "address_share"));
    }

    [Fact]
    public void Extract_EveryCandidate_HasAValuePerFeature()
    {
        var candidates = Candidates("<title>Harbour Lights Reopen - News - Wrenfield Observer</title>", "<h1>Harbour lights reopen</h1><h1>Tides</h1>" + Prose);

        Assert.All(candidates, c => Assert.Equal(TitleFeatures.Names.Count, c.Features.Count));
        Assert.True(Find(candidates, "Tides").Has(TitleSources.LaterHeading));
    }
}
