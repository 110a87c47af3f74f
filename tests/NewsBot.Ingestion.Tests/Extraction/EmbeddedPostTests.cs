using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class EmbeddedPostTests
{
    private static readonly string[] Lines =
    [
        "The mayor replied within the hour.",
        "Delighted to see the ferry back in service, thank you to every crew member!",
        "",
        "— Mayor Corwen Hale (@CorwenHale) June 12, 2023",
        "Not everyone agreed with her.",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void IsPostOrCredit_PostTextAndItsCreditLine_True(int index)
    {
        Assert.True(EmbeddedPost.IsPostOrCredit(Lines, index));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void IsPostOrCredit_StoryLinesAroundThePost_False(int index)
    {
        Assert.False(EmbeddedPost.IsPostOrCredit(Lines, index));
    }

    [Fact]
    public void IsPostOrCredit_DashLineWithoutHandleOrYear_False()
    {
        Assert.False(EmbeddedPost.IsPostOrCredit(["— Corwen Hale, mayor of Saltby"], 0));
    }
}
