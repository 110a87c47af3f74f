using AngleSharp.Html.Parser;
using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Tests.Extraction.PageTypes;

/// <summary>Declared schema.org questions: one with its answers is a thread, several are an FAQ.</summary>
public sealed class DeclaredTypeVotesTests
{
    private static readonly Uri PlannerPage = new("https://quillby.example/planner");

    private static PageType Detect(int questions, string body)
    {
        var items = string.Join(",", Enumerable.Range(1, questions).Select(i =>
            $$$"""{"@type":"Question","name":"Does the Quillby planner {{{i}}} sync offline?","acceptedAnswer":{"@type":"Answer","text":"Yes, it does."}}"""));
        var html = $$"""<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{{items}}]}</script></head><body>{{body}}</body></html>""";
        using var document = new HtmlParser().ParseDocument(html);
        return PageTypeDetector.Detect(document, PlannerPage, ArticleMetadata.Empty).Type;
    }

    private static string Posts(int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"<div class=\"post\"><p>Question {i} about the Quillby planner and its calendar.</p></div>"));

    [Fact]
    public void Vote_OneDeclaredQuestionWithAnswers_IsThread() =>
        Assert.Equal(PageType.Forum, Detect(1, "<p>Asked by a reader.</p>"));

    [Fact]
    public void Vote_SeveralDeclaredQuestionsWithoutFaqPage_IsNoThread() =>
        Assert.NotEqual(PageType.Forum, Detect(4, "<p>Frequently asked.</p>"));

    [Fact]
    public void Vote_SeveralDeclaredQuestionsBesideRepeatedBlocks_CancelTheThreadVote() =>
        Assert.Equal(PageType.Article, Detect(4, Posts(6)));
}
