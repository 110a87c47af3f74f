using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>A place after `in`, `at`, `from` or `to` is no one a later `he said` means. Invented town and people.</summary>
public sealed class LocativeObjectTests
{
    [Fact]
    public void Extract_PronounAfterPlaceObject_NotThePlace()
    {
        var analysis = Extract(Article(
            "Letters",
            "The young man had come to write to a university in Nairobi.",
            "\"My English is good for speaking but not for official letters,\" he said."));

        Assert.NotEqual("Nairobi", analysis.QuoteStarting("My English").Speaker);
    }

    [Fact]
    public void Extract_PronounAfterPossessiveAfterIn_ThePerson()
    {
        var analysis = Extract(Article(
            "Budget",
            "Councillor Tom Harker spoke after the vote. In Harker's view, the cuts went too far.",
            "\"We will pay for this next winter,\" he said."));

        Assert.Equal("Tom Harker", analysis.QuoteStarting("We will pay").Speaker);
    }

    [Fact]
    public void Extract_PronounAfterPlaceAfterFrom_NotThePlace()
    {
        var analysis = Extract(Article(
            "Storm",
            "Her son, a plumber, drove over from Quellbridge the next day.",
            "\"I want her out of that house before the next storm,\" he said."));

        Assert.NotEqual("Quellbridge", analysis.QuoteStarting("I want her out").Speaker);
    }

    [Fact]
    public void Extract_PronounAfterPlaceAfterTo_NotThePlace()
    {
        var analysis = Extract(Article(
            "Obituary",
            "Born in the north, she came to Harrowdene as a student and never left.",
            "\"I was not brave, only stubborn,\" she said."));

        Assert.NotEqual("Harrowdene", analysis.QuoteStarting("I was not brave").Speaker);
    }
}
