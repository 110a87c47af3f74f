using NewsBot.Ingestion.Extraction.Titles;

namespace NewsBot.Ingestion.Tests.Extraction.Titles;

/// <summary>How a title candidate's words compare with the page address's slug (invented addresses).</summary>
public sealed class AddressWordsTests
{
    [Fact]
    public void Overlap_SlugOfTheHeadline_FullShareAndCover()
    {
        var address = AddressWords.Of(new Uri("https://wrenfield-observer.example/harbour/harbour-lights-reopen.html"));

        Assert.Equal((1.0, 1.0), address.Overlap("Harbour Lights Reopen"));
    }

    [Fact]
    public void Overlap_TitleWithSiteName_ShareFallsCoverStays()
    {
        var address = AddressWords.Of(new Uri("https://wrenfield-observer.example/2025/03/harbour-lights-reopen/"));

        Assert.Equal((0.6, 1.0), address.Overlap("Harbour lights reopen | Wrenfield Observer"));
    }

    [Fact]
    public void Overlap_EscapedSlug_ReadUnescaped()
    {
        var address = AddressWords.Of(new Uri("https://wrenfield-observer.example/wiki/Harbour%20Lights"));

        Assert.Equal((1.0, 1.0), address.Overlap("Harbour lights"));
    }

    [Theory]
    [InlineData("https://wrenfield-observer.example/")]
    [InlineData(null)]
    public void Overlap_NoSlug_Zero(string? page)
    {
        var address = AddressWords.Of(page is null ? null : new Uri(page));

        Assert.Equal((0.0, 0.0), address.Overlap("Harbour lights reopen"));
    }

    [Fact]
    public void Overlap_RepeatedWordsAndPunctuation_CountEachWordOnce()
    {
        var address = AddressWords.Of(new Uri("https://wrenfield-observer.example/news/harbour-lights-reopen"));

        // harbour, lights, this, week: two of the four distinct words are in the slug, which holds two of its three.
        Assert.Equal((0.5, 2 / 3.0), address.Overlap("Harbour LIGHTS! Harbour lights, this week"));
    }
}
