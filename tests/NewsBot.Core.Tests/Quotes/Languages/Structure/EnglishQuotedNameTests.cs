using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes.Languages.Structure;

/// <summary>
/// Theory: names inside the quote, or in the quote's sentence outside the attribution (a relative clause, a participle,
/// a prepositional phrase), are what the speaker talks about; the speaker is the subject of the reporting verb.
/// Invented outlets and people.
/// </summary>
public sealed class EnglishQuotedNameTests
{
    private static readonly QuoteAnalysis LeaderAndDeputy = ContinentalAttributionKit.ExtractIn(
        "en",
        "The council leader, Harriet Doe, and her deputy, Ian Smith, fell out over the cost of the ferry last week.",
        "“Smith was wrong about the ferry and he knows it,” Doe said.",
        "“I told Harriet that the ferry would cost more than she thought,” said Smith.",
        "“Ask Ian Smith why the ferry costs twice as much as last year,” Doe told reporters.",
        "Doe, who appointed Smith in 2021, said: “He has lost the trust of this council.”",
        "“He has not lost mine,” Smith said after Doe left the meeting.",
        "Referring to Smith, Doe said: “The numbers in his report do not add up.”",
        "“The numbers are clear to anyone who reads them,” Doe said, pointing to a report by the auditor Martin Hale.");

    [Theory]
    [InlineData("Smith was wrong about the ferry", "Harriet Doe")]
    [InlineData("I told Harriet that the ferry", "Ian Smith")]
    [InlineData("Ask Ian Smith why the ferry", "Harriet Doe")]
    [InlineData("He has lost the trust of this council", "Harriet Doe")]
    [InlineData("He has not lost mine", "Ian Smith")]
    [InlineData("The numbers in his report do not add up", "Harriet Doe")]
    [InlineData("The numbers are clear to anyone", "Harriet Doe")]
    public void Extract_NameInTheQuoteOrItsSentence_TheSubjectSpeaks(string fragment, string expected) =>
        Assert.Equal(expected, LeaderAndDeputy.SpeakerContaining(fragment));
}
