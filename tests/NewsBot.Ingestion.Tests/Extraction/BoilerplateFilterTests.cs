using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class BoilerplateFilterTests
{
    private const string Paragraph = "<p>The Quillon Sound ferry, which has run since 1962, will stop in winter, the harbour board said on Monday.</p>";

    [Fact]
    public void Apply_CollapsedAccordionPanel_KeepsItsText()
    {
        var body = Body($"<div class=\"guide\">{Paragraph}<div id=\"step_1\" role=\"region\" style=\"display:none\"><p id=\"inside\">Step one: book a crossing at the pier office.</p></div></div>");

        var excluded = BoilerplateFilter.Apply(body, Stats(body));

        Assert.False(excluded.CoversElement(body.QuerySelector("#inside")!));
    }

    [Fact]
    public void Apply_HighlighterCommentTokenInsideCode_KeepsIt()
    {
        var body = Body($"<div class=\"post\">{Paragraph}<pre><code class=\"language-bash\"><span class=\"hljs-comment\" id=\"inside\"># fetch the Quillon Sound timetable</span>\nferry-times --harbour quillon</code></pre></div>");

        var excluded = BoilerplateFilter.Apply(body, Stats(body));

        Assert.False(excluded.CoversElement(body.QuerySelector("#inside")!));
    }

    [Fact]
    public void Apply_CommentSectionBesideACodeListing_IsStillRuledOut()
    {
        var body = Body($"<div class=\"post\">{Paragraph}<pre>ferry-times --harbour quillon</pre></div><div class=\"comments\"><p id=\"inside\">Great post, thanks for sharing the timetable.</p></div>");

        var excluded = BoilerplateFilter.Apply(body, Stats(body));

        Assert.True(excluded.CoversElement(body.QuerySelector("#inside")!));
    }

    [Fact]
    public void Apply_HiddenElementThatIsNoPanel_IsRuledOut()
    {
        var body = Body($"<div class=\"guide\">{Paragraph}<div style=\"display:none\"><p id=\"inside\">Sign up for our newsletter today.</p></div></div>");

        var excluded = BoilerplateFilter.Apply(body, Stats(body));

        Assert.True(excluded.CoversElement(body.QuerySelector("#inside")!));
    }

    [Fact]
    public void Apply_AccordionPanelNamedHidden_KeepsItsText()
    {
        var body = Body($"<div class=\"guide\">{Paragraph}<div class=\"faq-accordion-panel-hidden\"><ul id=\"inside\"><li>Tide tables at the pier office</li></ul></div></div>");

        var excluded = BoilerplateFilter.Apply(body, Stats(body));

        Assert.False(excluded.CoversElement(body.QuerySelector("#inside")!));
    }

    [Fact]
    public void Apply_ElementNamedHiddenThatIsNoPanel_IsRuledOut()
    {
        var body = Body($"<div class=\"guide\">{Paragraph}<div class=\"mobile-hidden\"><p id=\"inside\">Tide tables at the pier office.</p></div></div>");

        var excluded = BoilerplateFilter.Apply(body, Stats(body));

        Assert.True(excluded.CoversElement(body.QuerySelector("#inside")!));
    }

    [Fact]
    public void Apply_SidebarLayoutClassAroundTheMarkedArticleBody_KeepsTheBody()
    {
        var comments = string.Concat(Enumerable.Range(1, 12).Select(i => $"<p>Reader comment {i} about an unrelated matter, written at length, with many words in it.</p>"));
        var body = Body($"<div class=\"grid-toc-content-sidebar\"><div class=\"article-body\" id=\"story\">{Paragraph}{Paragraph}</div></div><div>{comments}</div>");

        var excluded = BoilerplateFilter.Apply(body, Stats(body));

        Assert.False(excluded.CoversElement(body.QuerySelector("#story")!));
    }

    [Fact]
    public void Apply_SidebarWithoutTheArticleBody_IsRuledOut()
    {
        var body = Body($"<div class=\"sidebar\" id=\"aside\">{Paragraph}</div><div class=\"article-body\">{Paragraph}{Paragraph}{Paragraph}</div>");

        var excluded = BoilerplateFilter.Apply(body, Stats(body));

        Assert.True(excluded.CoversElement(body.QuerySelector("#aside")!));
    }

    [Fact]
    public void Apply_ConsentPreferenceCentreHoldingMostParagraphs_IsRuledOut()
    {
        var purposes = string.Concat(Enumerable.Range(1, 8).Select(i => $"<p>Purpose {i}: the Kestrel Pantry and its partners store identifiers on your device to measure how often each recipe card is opened.</p>"));
        var body = Body($"<h1>Quince recipes</h1><ul><li><a href=\"/r/1\">Quince paste</a></li></ul><div id=\"onetrust-pc-sdk\" role=\"dialog\"><div id=\"purposes\">{purposes}</div></div>");

        var excluded = BoilerplateFilter.Apply(body, Stats(body));

        Assert.True(excluded.CoversElement(body.QuerySelector("#purposes")!));
    }

    [Fact]
    public void Apply_BodyNamingTheConsentManager_KeepsItsArticle()
    {
        var document = new HtmlParser().ParseDocument($"<html><body class=\"didomi-popup-open\"><article id=\"story\">{Paragraph}{Paragraph}</article></body></html>");
        var body = document.Body!;

        var excluded = BoilerplateFilter.Apply(body, Stats(body));

        Assert.False(excluded.CoversElement(body.QuerySelector("#story")!));
    }

    [Fact]
    public void Apply_CommentSectionBelowTheHeadlineHoldingMostParagraphs_IsRuledOut()
    {
        var post = "The Quillon Sound ferry will stop in winter, the harbour board said.<br>Islanders will cross by the causeway instead.<br>";
        var replies = string.Concat(Enumerable.Range(1, 8).Select(i => $"<p>Reader {i}: the causeway floods at every spring tide, so the board should think again about the winter timetable.</p>"));
        var body = Body($"<h1>Quillon ferry to stop in winter</h1><div class=\"post-body\">{post}</div><div class=\"comments\" id=\"replies\">{replies}</div>");

        var excluded = BoilerplateFilter.Apply(body, Stats(body));

        Assert.True(excluded.CoversElement(body.QuerySelector("#replies")!));
    }

    [Fact]
    public void Apply_CommentNamedWrapperHoldingTheHeadline_KeepsTheArticle()
    {
        var body = Body($"<div class=\"post has-comments\" id=\"story\"><h1>Quillon ferry to stop in winter</h1>{Paragraph}{Paragraph}{Paragraph}{Paragraph}</div>");

        var excluded = BoilerplateFilter.Apply(body, Stats(body));

        Assert.False(excluded.CoversElement(body.QuerySelector("#story")!));
    }

    [Fact]
    public void Apply_SkipToContentLinkNamedContent_IsRuledOut()
    {
        var body = Body($"<a id=\"bypass\" class=\"skip-to-content-link visually-hidden\" href=\"#MainContent\">Skip to content</a><div id=\"MainContent\">{Paragraph}</div>");

        var excluded = BoilerplateFilter.Apply(body, Stats(body));

        Assert.True(excluded.CoversElement(body.QuerySelector("#bypass")!));
    }

    [Fact]
    public void Apply_InPageLinkOfTheArticle_KeepsIt()
    {
        var body = Body($"<div class=\"guide\">{Paragraph}<p><a id=\"anchor\" href=\"#timetable\">the winter timetable</a></p></div>");

        var excluded = BoilerplateFilter.Apply(body, Stats(body));

        Assert.False(excluded.CoversElement(body.QuerySelector("#anchor")!));
    }

    private static DocumentStats Stats(IElement body) => DocumentStats.Measure(body, new ExcludedNodes());

    private static IElement Body(string inner) => new HtmlParser().ParseDocument($"<html><body>{inner}</body></html>").Body!;
}
