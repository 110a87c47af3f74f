using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class BackToTopLinesTests
{
    [Fact]
    public void Remove_ShortcutLineAfterAGrid_DropsItAlone()
    {
        const string text = "Quillon ferry timetable\nWinter crossings\n\nBack to Top ↑";

        Assert.Equal("Quillon ferry timetable\nWinter crossings", BackToTopLines.Remove(text));
    }

    [Fact]
    public void Remove_TextWithoutShortcut_ReturnsTheSameInstance()
    {
        const string text = "The harbour board said the crossing stops at the top of the hour.\n\n\n\nTimes change in winter.";

        Assert.Same(text, BackToTopLines.Remove(text));
    }

    [Theory]
    [InlineData("back to top")]
    [InlineData("Return to Top")]
    [InlineData("↑ Nach oben")]
    [InlineData("Retour en haut de page")]
    public void IsBackToTop_ShortcutLabel_True(string line) => Assert.True(BackToTopLines.IsBackToTop(line));

    [Theory]
    [InlineData("Back to top of the Quillon lighthouse, 212 steps")]
    [InlineData("Top")]
    [InlineData("Back to the harbour")]
    public void IsBackToTop_OtherLine_False(string line) => Assert.False(BackToTopLines.IsBackToTop(line));
}
