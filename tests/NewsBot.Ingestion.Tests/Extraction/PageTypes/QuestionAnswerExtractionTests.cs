using System.Text.RegularExpressions;
using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction.PageTypes;

public sealed class QuestionAnswerExtractionTests
{
    private static ExtractedArticle Extract(string html, string url, PageType? type = null) =>
        new ArticleExtractor().Extract(html, new Uri(url), type);

    [Fact]
    public void Extract_QuestionWithFiveAnswers_KeepsQuestionAndEveryAnswerWithoutComments()
    {
        var article = Extract(QuestionAnswerPages.Thread(5), "https://kilnside.example/questions/4411/why-does-my-glaze-crawl");

        Assert.Equal(PageType.Forum, article.PageType);
        Assert.StartsWith("My celadon glaze pulls back", article.Text, StringComparison.Ordinal);
        var numbers = Regex.Matches(article.Text, @"Answer number (\d+):").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Enumerable.Range(1, 5), numbers);
        Assert.DoesNotContain("Comment on", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("reputation", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hot network questions", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_FaqWhoseQuestionsHaveNoBody_KeepsTheQuestionsWithTheirAnswers()
    {
        // Questions without a body of their own are an FAQ, not a thread: reading answer bodies alone would drop the questions.
        var article = Extract(QuestionAnswerPages.Faq, "https://kilnside.example/services/kiln-repair", PageType.Forum);

        Assert.Contains("Do you repair gas kilns?", article.Text, StringComparison.Ordinal);
        Assert.Contains("How soon can you come?", article.Text, StringComparison.Ordinal);
        Assert.Contains("Usually within a week of your call", article.Text, StringComparison.Ordinal);
    }
}
