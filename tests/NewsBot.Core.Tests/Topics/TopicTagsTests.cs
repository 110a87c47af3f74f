using NewsBot.Core.Topics;

namespace NewsBot.Core.Tests.Topics;

public sealed class TopicTagsTests
{
    [Fact]
    public void TryParse_CommaSeparatedWithRepeatsAndBlanks_TrimmedDistinctIgnoringCase()
    {
        var tags = TopicTags.TryParse(" Harbour, ferries ,,HARBOUR, Night boats ", out var error);

        Assert.Null(error);
        Assert.Equal(["Harbour", "ferries", "Night boats"], tags);
    }

    [Fact]
    public void TryParse_SixTags_RefusedSayingFive()
    {
        Assert.Null(TopicTags.TryParse("a,b,c,d,e,f", out var error));
        Assert.Contains("at most 5", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_TagOfTwentyOneCharacters_RefusedNamingIt()
    {
        Assert.Null(TopicTags.TryParse("Harbour, Northfield harbour board", out var error));
        Assert.Contains("Northfield harbour board", error, StringComparison.Ordinal);
        Assert.NotNull(TopicTags.TryParse(new string('x', 20), out _));
    }

    [Fact]
    public void TryParse_EmptyOrCommaAlone_NoTags()
    {
        Assert.Empty(TopicTags.TryParse(",", out _)!);
        Assert.Empty(TopicTags.TryParse(null, out _)!);
    }

    [Fact]
    public void Read_WrittenTags_RoundTrip() =>
        Assert.Equal(["Harbour", "Night boats"], TopicTags.Read(TopicTags.Write(["Harbour", "Night boats"])));
}
