using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

/// <summary>A thread's heading loses a forum label set before the title the page declares (invented threads).</summary>
public sealed class ThreadHeadlineTests
{
    [Theory]
    [InlineData("Thread: Which feeder survives a windy garden?")]
    [InlineData("Tips/Techniques Which feeder survives a windy garden?")]
    [InlineData("[Solved] Which feeder survives a windy garden?")]
    public void WithoutLabel_LabelBeforeDeclaredTitle_DeclaredTitle(string heading) =>
        Assert.Equal("Which feeder survives a windy garden?", ThreadHeadline.WithoutLabel(heading, [null, "Which feeder survives a windy garden?"]));

    [Theory]
    [InlineData("Which feeder survives a windy garden?", "Which feeder survives a windy garden?")]
    [InlineData("Help needed from the owl box builders here: Which feeder survives a windy garden?", "Which feeder survives a windy garden?")]
    [InlineData("Feeders: Gravel", "Gravel")]
    [InlineData("Feeder keeps tipping over", "Owl boxes in March")]
    public void WithoutLabel_NoShortLabelBeforeATitleOfTwoWords_HeadingKept(string heading, string declared) =>
        Assert.Equal(heading, ThreadHeadline.WithoutLabel(heading, [declared]));

    [Fact]
    public void WithoutLabel_NoHeading_Null() =>
        Assert.Null(ThreadHeadline.WithoutLabel(null, ["Which feeder survives a windy garden?"]));
}
