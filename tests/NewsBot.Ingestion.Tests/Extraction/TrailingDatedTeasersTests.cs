using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class TrailingDatedTeasersTests
{
    private const string Body =
        "The Hollowmere ferry board met on Thursday and agreed to keep the winter timetable for another season, after a long "
        + "debate about fuel costs and the harbour's crumbling slipway.\n\n"
        + "Captain Orla Penhallow said the crossing would run every ninety minutes until March, and that the board would "
        + "review the timetable again once the new slipway is finished next autumn.\n\n"
        + "Passengers who booked the early sailing will be moved to the next boat without charge, the board said.";

    private const string Rail =
        "Tidewater inn reopens after the storm\n"
        + "Mar 3, 2025\n"
        + "Lighthouse keepers' cottages sold at auction\n"
        + "Feb 27, 2025\n"
        + "A quiet winter for the island's puffins\n"
        + "Feb 20, 2025";

    // The cut falls before the first card's title: a rail heading above it ("More from the Herald") stays.
    [Fact]
    public void Remove_ArticleRunningOnIntoDatedCards_CutsBeforeTheRail()
    {
        Assert.Equal(Body, TrailingDatedTeasers.Remove(Body + "\n\n" + Rail));
    }

    [Fact]
    public void Remove_CardsDatedRelatively_CutsBeforeTheRail()
    {
        var rail = "Gulls steal the regatta trophy\n2 days ago\nNew ferry named after a baker\n5 days ago\n"
            + "Harbour fees rise again\n3 weeks ago";

        Assert.Equal(Body, TrailingDatedTeasers.Remove(Body + "\n\n" + rail));
    }

    [Fact]
    public void Remove_OnlyTwoDatedCards_KeepsTheText()
    {
        var text = Body + "\n\nMore from the Herald\nTidewater inn reopens\nMar 3, 2025\nPuffins return early\nFeb 20, 2025";

        Assert.Equal(text, TrailingDatedTeasers.Remove(text));
    }

    [Fact]
    public void Remove_StoryWithItsOwnDateNearTheTop_KeepsTheText()
    {
        // A story's own dateline in its first half: the dated lines after it are the story's own (a diary, a timeline).
        var text = "Jan 5, 2025\n" + Body + "\n\n" + Rail;

        Assert.Equal(text, TrailingDatedTeasers.Remove(text));
    }

    [Fact]
    public void Remove_DatedLinesInARow_CountAsOneStamp()
    {
        var text = Body + "\n\nPosted Mar 3, 2025\nUpdated Mar 4, 2025\nReviewed Mar 5, 2025";

        Assert.Equal(text, TrailingDatedTeasers.Remove(text));
    }

    [Fact]
    public void Remove_LongLineMentioningDates_IsNotACard()
    {
        var timeline = "\n\nThe board first met on Jan 3, 2025 to discuss the slipway and the insurers who cover it.\nIt met again"
            + " on Feb 7, 2025 with the harbour master and two engineers from the mainland.\nThe final vote came on Mar 1, 2025"
            + " after a petition signed by most of the island's residents.";
        var text = Body + timeline;

        Assert.Equal(text, TrailingDatedTeasers.Remove(text));
    }
}
