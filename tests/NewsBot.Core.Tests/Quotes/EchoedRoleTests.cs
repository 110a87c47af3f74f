using NewsBot.Core.Tests.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// `Daniel Ross, our lead tester, explains, “…”` then `“…,” our lead tester said.`: a description repeating the appositive
/// the article set after one person's name is that person, even for a noun the role lexicon lacks. Invented people.
/// </summary>
public sealed class EchoedRoleTests
{
    [Theory]
    [InlineData("Daniel, our lead tester, explains,", "our lead tester said", "Daniel")]
    [InlineData("Daniel Ross, our lead tester, explains,", "our lead tester said", "Daniel Ross")]
    [InlineData("Daniel Ross, the harbour master, explains,", "the harbour master said", "Daniel Ross")]
    public void Extract_DescriptionRepeatingAnEarlierAppositive_ThePersonItWasSetAfter(string introduction, string echo, string expected)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "en",
            $"We tested twenty watches over six months. {introduction} “This is the watch I recommend to every runner who wants a light case.”",
            $"The Pace is the simplest watch we tested. “I found the plain screen very easy to read,” {echo}.");

        Assert.Equal(expected, analysis.SpeakerContaining("plain screen"));
    }

    [Fact]
    public void Extract_TwoPeopleGivenTheSameAppositive_NoOne()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "en",
            "Daniel Ross, the harbour master, retires this spring. Ines Falk, the harbour master, takes over in May.",
            "The new timetable starts in June. “The ferries will run every hour,” the harbour master said.");

        Assert.Null(analysis.SpeakerContaining("ferries will run"));
    }
}
