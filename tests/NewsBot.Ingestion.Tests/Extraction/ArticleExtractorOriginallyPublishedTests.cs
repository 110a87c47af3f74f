using NewsBot.Core.Articles;
using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

/// <summary>A note that the page first came out earlier than its tags say gives the publication day.</summary>
public sealed class ArticleExtractorOriginallyPublishedTests
{
    private static readonly Uri PageUri = new("https://wrenfield-observer.example/advice/living-on-a-houseboat");

    private const string Declared = """<meta property="article:published_time" content="2024-09-30T08:00:00+00:00">""";

    [Theory]
    [InlineData("This guide was originally published on 26 Sep 2019 at 4:12pm but has been regularly updated since.")]
    [InlineData("Originally posted September 26, 2019. Last updated February 3, 2025.")]
    [InlineData("This column was first published on the 26th of September 2019.")]
    public void Extract_OriginallyPublishedNote_GivesTheFirstDay(string note) =>
        Assert.Equal(new DateTime(2019, 9, 26), Read(Page(Declared, $"<h1>Living on a houseboat</h1><p>Text of the guide.</p><p>{note}</p>")).Published?.UtcDateTime.Date);

    [Fact]
    public void Extract_OriginallyPublishedWithoutADay_KeepsTheDeclaredDay() =>
        Assert.Equal(new DateTime(2024, 9, 30), Read(Page(Declared,
            "<h1>Living on a houseboat</h1><p>Text of the guide.</p><p>This guide was originally published in September 2019.</p>")).Published?.UtcDateTime.Date);

    [Fact]
    public void Extract_OriginallyPostedByAMember_KeepsTheDeclaredDay() =>
        Assert.Equal(new DateTime(2024, 9, 30), Read(Page(Declared,
            "<h1>Living on a houseboat</h1><p>Text of the guide.</p><blockquote>Originally Posted by Tomas Lindgren 12/05/2019 the mooring fees rose</blockquote>")).Published?.UtcDateTime.Date);

    [Fact]
    public void Extract_NoteLaterThanTheDeclaredDay_KeepsTheDeclaredDay() =>
        Assert.Equal(new DateTime(2024, 9, 30), Read(Page(Declared,
            "<h1>Living on a houseboat</h1><p>Text of the guide.</p><p>Originally published on March 3, 2025 in the Harbour Review.</p>")).Published?.UtcDateTime.Date);

    private static ArticleMetadata Read(string html) => new ArticleExtractor().Extract(html, PageUri).Metadata;

    private static string Page(string head, string body) => $"<html><head>{head}</head><body>{body}</body></html>";
}
