using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class ArticleExtractorDeclaredBodyTests
{
    private static readonly Uri PageUri = new("https://brackenford-courier.example/news/tram-depot-market");

    private const string Story =
        "The Brackenford council voted on Monday to reopen the old tram depot as a covered market for local growers, after "
        + "two years of arguments about parking, the roof's asbestos and who would pay for the new drains.\n"
        + "Councillor Ysolde Marrack said the first stalls would open in April, with rents frozen for two years and a "
        + "waiting list kept in the order traders applied.\n"
        + "Traders from the valley farms welcomed the plan but asked for longer opening hours on Saturdays and a loading "
        + "bay that does not block the bus lane.";

    private const string AuthorCard =
        "Pellam Trewin writes about politics; previously a ferry pilot in Saltby, now living aboard a narrowboat.";

    private static string Page(string? declaredBody)
    {
        var ld = declaredBody is null
            ? ""
            : "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Tram depot to become a market\","
              + "\"articleBody\":\"" + declaredBody.Replace("\n", "\\n", StringComparison.Ordinal) + "\"}</script>";
        var paragraphs = string.Concat(Story.Split('\n').Select(p => "<p>" + p + "</p>"));
        return "<html><head>" + ld + "</head><body><article><h1>Tram depot to become a market</h1>" + paragraphs
            + "<p>" + AuthorCard + "</p></article></body></html>";
    }

    [Fact]
    public void Extract_DomTextWithALineTheDeclaredBodyLacks_DropsTheLine()
    {
        var text = new ArticleExtractor().Extract(Page(Story), PageUri, PageType.Article).Text;

        Assert.Contains("loading bay that does not block the bus lane", text, StringComparison.Ordinal);
        Assert.DoesNotContain("narrowboat", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_PageWithoutDeclaredBody_KeepsEveryLine()
    {
        var text = new ArticleExtractor().Extract(Page(null), PageUri, PageType.Article).Text;

        Assert.Contains("narrowboat", text, StringComparison.Ordinal);
    }
}
