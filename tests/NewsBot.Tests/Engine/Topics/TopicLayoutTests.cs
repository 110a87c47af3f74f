using NewsBot.Core.Topics;
using NewsBot.Engine.Topics;

namespace NewsBot.Tests.Engine.Topics;

public sealed class TopicLayoutTests
{
    [Theory]
    [InlineData("embeds", DigestLayout.Embeds)]
    [InlineData(" Components ", DigestLayout.Components)]
    public void TryParse_ALayoutName_ParsedWhateverTheCase(string text, DigestLayout expected)
    {
        Assert.True(TopicLayout.TryParse(text, out var layout, out _));
        Assert.Equal(expected, layout);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Default")]
    public void TryParse_DefaultOrNothing_FollowsTheGlobalSetting(string? text)
    {
        Assert.True(TopicLayout.TryParse(text, out var layout, out _));
        Assert.Null(layout);
    }

    [Theory]
    [InlineData("cards")]
    [InlineData("1")]
    public void TryParse_AnythingElse_RefusedNamingTheChoices(string text)
    {
        Assert.False(TopicLayout.TryParse(text, out _, out var error));
        Assert.Contains("components, embeds or default", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_NoOwnLayout_SaysDefault()
    {
        Assert.Equal("embeds", TopicLayout.Format(DigestLayout.Embeds));
        Assert.Equal("default", TopicLayout.Format(null));
    }
}
