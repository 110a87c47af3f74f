using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>`The 48-year-old said:`: a person called by their age is the one the article just named.</summary>
public sealed class AgeDescribedSpeakerTests
{
    [Fact]
    public void Extract_AgeBeforeQuote_LatestPersonNamed()
    {
        var analysis = Extract(Article(
            "Omar Lindqvist has agreed a deal to become the new manager of the northern club.",
            "The Swedish coach had been out of work since leaving another club in March.",
            "The 48-year-old said after his appointment: “I am excited to be joining a club with such passionate supporters.”"));

        Assert.Equal("Omar Lindqvist", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_AgeAfterQuote_LatestPersonNamed()
    {
        var analysis = Extract(Article(
            "Omar Lindqvist has agreed a deal to become the new manager of the northern club.",
            "“I am excited to be joining a club with such passionate supporters,” the 48-year-old said."));

        Assert.Equal("Omar Lindqvist", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_AgeGivenWithName_ThatPersonNotTheLatest()
    {
        var analysis = Extract(Article(
            "Omar Lindqvist, 48, has agreed a deal to replace Ivo Marten at the northern club.",
            "The 48-year-old said: “I am excited to be joining a club with such passionate supporters.”"));

        Assert.Equal("Omar Lindqvist", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_AgeWithNoPersonNamed_SpeakerNull()
    {
        var analysis = Extract(Article(
            "The northern club has a new manager.",
            "The 48-year-old said: “I am excited to be joining a club with such passionate supporters.”"));

        Assert.Null(Assert.Single(analysis.Quotes).Speaker);
    }
}
