using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes.Languages.Structure;

/// <summary>
/// Theory: an apposition, an age, a time or place adverbial or a relative clause between the name and its reporting verb
/// does not separate them, and the names inside those insertions do not speak. Invented outlets and people.
/// </summary>
public sealed class EnglishInsertedClauseTests
{
    private static readonly QuoteAnalysis Conference = ContinentalAttributionKit.ExtractIn(
        "en",
        "Helen Mayer has run Northwind Ferries since her father, Karl Mayer, retired.",
        "Mayer, Northwind's chairwoman since 2019, said Tuesday at a conference in Leeds: “We will keep every route we run today.”",
        "“The Eastfield route will come back next summer,” said Mayer, who took over the company when Karl Mayer retired in 2018.",
        "George Doe, 54, a teacher from Leeds, said: “My pupils cross on that ferry every single day.”",
        "“Without the ferry, my pupils lose two hours a day,” said George Doe, 54, a teacher from Leeds.",
        "Doe said Tuesday: “The council should have listened to the parents years ago.”",
        "“The parents wrote to the council every single winter,” Doe said Tuesday.",
        "Sam Okafor, who has fished out of Eastfield for thirty years and whose two sons now crew the boat his father bought from Peter Lang in 1979, said: “We cannot wait another winter.”",
        "“Nobody has done more for this harbour than my father,” said Okafor, whose boat was bought from Peter Lang.");

    [Theory]
    [InlineData("We will keep every route we run today", "Helen Mayer")]
    [InlineData("The Eastfield route will come back", "Helen Mayer")]
    [InlineData("My pupils cross on that ferry", "George Doe")]
    [InlineData("Without the ferry, my pupils lose", "George Doe")]
    [InlineData("The council should have listened", "George Doe")]
    [InlineData("The parents wrote to the council", "George Doe")]
    [InlineData("We cannot wait another winter", "Sam Okafor")]
    [InlineData("Nobody has done more for this harbour", "Sam Okafor")]
    public void Extract_InsertionBetweenNameAndVerb_TheNameSpeaks(string fragment, string expected) =>
        Assert.Equal(expected, Conference.SpeakerContaining(fragment));
}
