using NewsBot.Ingestion.Extraction.PageTypes;

namespace NewsBot.Ingestion.Tests.Extraction.PageTypes;

public sealed class HeadlineWordsTests
{
    [Fact]
    public void Of_TitleAndDescription_KeepsDistinctWordsOfFourCharactersOrMoreWithoutNumbers()
    {
        var words = HeadlineWords.Of("Ferry Timetables 2026 | Wrenfold Isles", "All ferry timetables for the isles, at a glance.");

        // ferry, timetables, wrenfold, isles, glance: "2026", "all", "for", "the", "at", "a" are left out.
        Assert.Equal(5, words.Count);
    }

    [Fact]
    public void ShareIn_TextHoldingTwoOfFourWords_IsHalf()
    {
        var words = HeadlineWords.Of("Wrenfold Ferry Winter Timetables", null);

        Assert.Equal(0.5, words.ShareIn("The WINTER ferry leaves at noon."));
    }

    [Fact]
    public void ShareIn_NoTitleNorDescription_IsZero()
    {
        Assert.Equal(0, HeadlineWords.Of(null, "").ShareIn("Any text at all."));
    }

    [Fact]
    public void ShareIn_WordRepeatedInTheText_CountsOnce()
    {
        var words = HeadlineWords.Of("Wrenfold Ferry Winter Timetables", null);

        Assert.Equal(0.25, words.ShareIn("Ferry, ferry, FERRY: the ferry is late."));
    }
}
