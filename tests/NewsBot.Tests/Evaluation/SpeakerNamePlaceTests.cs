using NewsBot.Evaluation;

namespace NewsBot.Tests.Evaluation;

/// <summary>Where the annotated speaker's name stands relative to a quote, on invented text.</summary>
public sealed class SpeakerNamePlaceTests
{
    private const string Text = "Tove Aalund runs the pier. Nils Brenna sat beside her.\n\nThe ferry was late again.\n\n“The pier opens in May.” The council agreed.\n\nIngrid Moe disagreed.";

    [Theory]
    [InlineData("Nils Brenna", "earlier")]
    [InlineData("Ingrid Moe", "later")]
    [InlineData("Per Dahl", "absent")]
    public void Of_NameOutsideTheQuotesParagraph_SaysWhere(string speaker, string expected)
    {
        Assert.Equal(expected, SpeakerNamePlace.Of(Text, "The pier opens in May.", speaker));
    }

    [Fact]
    public void Of_NameInTheParagraphBefore_SaysPreviousParagraph()
    {
        const string text = "Tove Aalund spoke first.\n\n“The pier opens in May.”";

        Assert.Equal("previous-paragraph", SpeakerNamePlace.Of(text, "The pier opens in May.", "Tove Aalund"));
    }

    [Fact]
    public void Of_NameAfterTheQuoteInItsSentence_SaysSentenceOverEarlierMentions()
    {
        const string text = "Tove Aalund spoke first.\n\n“The pier opens in May,” said Aalund. The council agreed.";

        Assert.Equal("sentence", SpeakerNamePlace.Of(text, "The pier opens in May,", "Tove Aalund"));
    }

    [Fact]
    public void Of_NameInTheParagraphButAnotherSentence_SaysParagraph()
    {
        const string text = "Tove Aalund spoke first. “The pier opens in May.”";

        Assert.Equal("paragraph", SpeakerNamePlace.Of(text, "The pier opens in May.", "Tove Aalund"));
    }
}
