using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>`… “adequate.” Adding, “…”`: a sentence of a reporting participle alone goes on with the one before it. Invented people.</summary>
public sealed class SentenceOpeningParticipleTests
{
    [Theory]
    [InlineData("Later that evening Ansel Brightwater stated that the harbour budget was “adequate.” Adding, “We can finish the pier by spring if the weather holds.”")]
    [InlineData("Later that evening Ansel Brightwater stated that the harbour budget was adequate. Adding, “We can finish the pier by spring if the weather holds.”")]
    [InlineData("Later, after the council meeting concluded, Ansel Brightwater stated that the harbour budget was adequate. Noting: “We can finish the pier by spring if the weather holds.”")]
    public void Extract_ParticipleOpensSentence_SpeakerIsSubjectOfSentenceBefore(string paragraph)
    {
        var analysis = Extract(Article("Harbour pier budget approved", "The council met on Tuesday to discuss the new pier.", paragraph));

        Assert.Equal("Ansel Brightwater", analysis.QuoteStarting("We can finish").Speaker);
    }

    [Fact]
    public void Extract_ParticipleOpensParagraph_NotReadFromPreviousParagraph()
    {
        var analysis = Extract(Article(
            "Harbour pier budget approved",
            "Ansel Brightwater stated that the harbour budget was adequate.",
            "Adding, “We can finish the pier by spring if the weather holds.”"));

        Assert.NotEqual("Ansel Brightwater", analysis.QuoteStarting("We can finish").Speaker);
    }
}
