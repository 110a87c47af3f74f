using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class ContinuationSiblingsTests
{
    private const string Prose = "<p>The Tollmere ferry crews voted on Tuesday to keep the winter timetable, and the harbour board said the late boat would stay.</p>";

    [Fact]
    public void Join_SameShapedProseSectionsAroundTheBody_JoinInDocumentOrder()
    {
        Assert.Equal(["intro", "main", "outro"], JoinedIds($"<div class=\"column\">{Part("intro")}{Part("main")}{Part("outro")}</div>"));
    }

    [Fact]
    public void Join_PromotionBetweenTheSections_StaysOut()
    {
        var promo = $"<section id=\"promo\" class=\"part\"><div class=\"offer\">{Prose}</div></section>";
        Assert.Equal(["main", "outro"], JoinedIds($"<div class=\"column\">{Part("main")}{promo}{Part("outro")}</div>"));
    }

    [Fact]
    public void Join_SameShapedSectionOfLinks_StaysOut()
    {
        var links = "<section id=\"links\" class=\"part\"><div class=\"rich-text\"><p><a href=\"/a\">Ferry fares rise again on the northern route this spring</a> "
            + "<a href=\"/b\">Harbour board names a new chair after a long search</a></p></div></section>";
        Assert.Equal(["main"], JoinedIds($"<div class=\"column\">{Part("main")}{links}</div>"));
    }

    [Fact]
    public void Join_SectionsWithoutAnyClass_LeavesTheChoiceAlone()
    {
        Assert.Equal(["main"], JoinedIds($"<div class=\"column\"><section id=\"main\"><div>{Prose}</div></section><section id=\"next\"><div>{Prose}</div></section></div>"));
    }

    [Fact]
    public void Join_RowOfManySameShapedSections_LeavesTheChoiceAlone()
    {
        var row = string.Concat(Enumerable.Range(1, 9).Select(i => Part($"card{i}")));
        Assert.Equal(["main"], JoinedIds($"<div class=\"column\">{Part("main")}{row}</div>"));
    }

    [Fact]
    public void Join_SameShapedSectionWithASignUpForm_StaysOut()
    {
        var signUp = $"<section id=\"signup\" class=\"part\"><div class=\"rich-text\">{Prose}<form><input name=\"mail\"></form></div></section>";
        Assert.Equal(["main"], JoinedIds($"<div class=\"column\">{Part("main")}{signUp}</div>"));
    }

    [Fact]
    public void Join_SameShapedCardWithALinkedHeading_StaysOut()
    {
        var card = $"<section id=\"card\" class=\"part\"><div class=\"rich-text\"><h2><a href=\"/next\">Harbour board picks a chair</a></h2>{Prose}</div></section>";
        Assert.Equal(["main"], JoinedIds($"<div class=\"column\">{Part("main")}{card}</div>"));
    }

    private static string Part(string id) => $"<section id=\"{id}\" class=\"part\"><div class=\"rich-text\">{Prose}{Prose}</div></section>";

    /// <summary>The ids of what joins the section with id "main", given the column's markup.</summary>
    private static IEnumerable<string> JoinedIds(string column)
    {
        var body = Body(column);
        var main = body.QuerySelector("#main")!;
        return ContinuationSiblings.Join(main, [main], body, DocumentStats.Measure(body, new ExcludedNodes()), new ExcludedNodes())
            .Select(element => element.Id!);
    }

    private static IElement Body(string inner) => new HtmlParser().ParseDocument($"<html><body>{inner}</body></html>").Body!;
}
