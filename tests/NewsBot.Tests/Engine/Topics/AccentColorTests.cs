using NewsBot.Engine.Topics;

namespace NewsBot.Tests.Engine.Topics;

public sealed class AccentColorTests
{
    [Theory]
    [InlineData("#1f8b4c", 0x1F8B4C)]
    [InlineData("1F8B4C", 0x1F8B4C)]
    [InlineData(" #ffffff ", 0xFFFFFF)]
    [InlineData("#000000", 0)]
    public void TryParse_HexColour_ReadsRgb(string text, int rgb)
    {
        Assert.True(AccentColor.TryParse(text, out var color, out _));
        Assert.Equal(rgb, color);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("Default")]
    public void TryParse_None_ClearsTheColour(string text)
    {
        Assert.True(AccentColor.TryParse(text, out var color, out _));
        Assert.Null(color);
    }

    [Theory]
    [InlineData("green")]
    [InlineData("#1f8b4")]
    [InlineData("#1f8b4c0")]
    [InlineData("0x1f8b4c")]
    [InlineData("#١٢٣٤٥٦")]
    public void TryParse_NotSixHexDigits_FailsWithAnExample(string text)
    {
        Assert.False(AccentColor.TryParse(text, out _, out var error));
        Assert.Contains(AccentColor.Example, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_Colour_LowerCaseHexOrDefault()
    {
        Assert.Equal("#1f8b4c", AccentColor.Format(0x1F8B4C));
        Assert.Equal("default", AccentColor.Format(null));
    }
}
