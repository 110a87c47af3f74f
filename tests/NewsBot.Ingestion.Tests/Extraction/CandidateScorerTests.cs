using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class CandidateScorerTests
{
    [Theory]
    [InlineData("<div id=\"t\">Loose words of the harbour report <b>in bold</b></div>", true)]
    [InlineData("<div id=\"t\">Words beside a block<p>A paragraph of its own.</p></div>", false)]
    [InlineData("<div id=\"t\">  <span>Only inline text</span> </div>", false)]
    public void IsParagraphLike_Container_ReadsItsOwnChildren(string markup, bool expected)
    {
        var (scorer, target) = Scorer(markup, new ExcludedNodes());

        Assert.Equal(expected, scorer.IsParagraphLike(target));
    }

    [Fact]
    public void IsParagraphLike_BlockChildExcluded_CountsAsParagraph()
    {
        var excluded = new ExcludedNodes();
        var (scorer, target) = Scorer("<div id=\"t\">Words beside a block<p id=\"gone\">A sign-up box.</p></div>", excluded);
        excluded.Add(target.QuerySelector("#gone")!);

        Assert.True(scorer.IsParagraphLike(target));
    }

    private static (CandidateScorer Scorer, IElement Target) Scorer(string markup, ExcludedNodes excluded)
    {
        var body = new HtmlParser().ParseDocument($"<html><body>{markup}</body></html>").Body!;
        var scorer = new CandidateScorer(body, DocumentStats.Measure(body, excluded), excluded);
        return (scorer, body.QuerySelector("#t")!);
    }
}
