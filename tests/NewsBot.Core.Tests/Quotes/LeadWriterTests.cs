using NewsBot.Core.Tests.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>`the researchers wrote` after the one writer the article named writing: that writer; with two writers, no one. Invented people.</summary>
public sealed class LeadWriterTests
{
    private const string Quote = "“The quay will not survive another decade of winter storms,” the researchers wrote.";

    [Fact]
    public void Extract_ResearchersWroteAfterOneNamedWriter_TheWriter() =>
        Assert.Equal("Greta Lindqvist", ContinentalAttributionKit.ExtractIn(
                "en", "Greta Lindqvist wrote in a recent brief for the Eastfield Institute, co-authored by two colleagues, that the harbour is sinking.", Quote)
            .SpeakerContaining("The quay will not survive"));

    [Fact]
    public void Extract_ResearchersWroteAfterTwoNamedWriters_NoOne() =>
        Assert.Null(ContinentalAttributionKit.ExtractIn(
                "en", "Greta Lindqvist wrote in a recent brief that the harbour is sinking, and Tomas Berglund wrote a reply.", Quote)
            .SpeakerContaining("The quay will not survive"));
}
