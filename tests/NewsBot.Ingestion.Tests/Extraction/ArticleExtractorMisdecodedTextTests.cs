using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class ArticleExtractorMisdecodedTextTests
{
    private static readonly Uri PageUri = new("https://hollowmere-herald.example/news/ferry-timetable");

    [Fact]
    public void Extract_PageSavedWithMisreadUtf8_GivesTheRepairedText()
    {
        const string misreadApostrophe = "\u00E2\u0080\u0099";
        var paragraph = "The ferry" + misreadApostrophe + "s winter timetable keeps the crossing every ninety minutes until March, "
            + "the board of the Hollowmere Ferry Company said after its Thursday meeting in the harbour office.";
        var html = "<html><head><title>Ferry timetable</title></head><body><article><h1>Ferry timetable</h1>"
            + string.Concat(Enumerable.Repeat("<p>" + paragraph + "</p>", 4)) + "</article></body></html>";

        var text = new ArticleExtractor().Extract(html, PageUri).Text;

        Assert.Contains("The ferry’s winter timetable", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0080", text, StringComparison.Ordinal);
    }
}
