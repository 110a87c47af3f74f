using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>A speaker must be a person or an organisation: places, nationalities and common words are abstained on.</summary>
public sealed class SpeakerEntityCheckTests
{
    [Fact]
    public void Extract_PlaceAsCandidate_SpeakerNull()
    {
        var quote = Assert.Single(Extract("“The tide took half the beach,” London said.").Quotes);

        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void Extract_PlaceSaidInAStatement_TheBodyOfThatName()
    {
        var analysis = Extract(Article(
            "The striker signed a four-year contract on Friday.",
            "Harrogate said in a statement: “He is one of the finest young players in the country.”"));

        Assert.Equal("Harrogate", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_PlaceSaidWithoutStatement_SpeakerStillNull()
    {
        var analysis = Extract(Article(
            "The striker signed a four-year contract on Friday.",
            "Harrogate said: “He is one of the finest young players in the country.”"));

        Assert.Null(Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_NationalityAsCandidate_SpeakerNull()
    {
        var quote = Assert.Single(Extract("“We were never asked about the bridge,” Norwegian said.").Quotes);

        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void Extract_CommonWordTheArticleWritesLowerCase_SpeakerNull()
    {
        var analysis = Extract(Article(
            "The queue at the ferry grew all morning, and the wait was long.",
            "“Nobody told us the boat was cancelled,” Wait said."));

        Assert.Null(Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_PronounAfterPlace_SkipsPlaceForPerson()
    {
        var analysis = Extract(Article(
            "Harbour director Tomas Okafor flew back from Lisbon on Monday.",
            "“The new pier is ready,” he said."));

        Assert.Equal("Tomas Okafor", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_PronounAfterSentenceSubjectAndLaterName_ResolvedToSubject()
    {
        var analysis = Extract(Article(
            "Tomas Okafor said the decision now rests with Jonas Eklund. “We have done our part,” he said."));

        Assert.Equal("Tomas Okafor", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_PronounAfterAdjectiveCompound_ResolvedToReporter()
    {
        var analysis = Extract(Article(
            "“The levy will grow,” harbour director Tomas Okafor said.",
            "The fee will cover all Fjordline-related emissions.",
            "“That money pays for new ferries,” he said."));

        Assert.Equal("Tomas Okafor", analysis.QuoteStarting("That money").Speaker);
    }

    [Fact]
    public void Extract_NameAfterReportingVerbInLongSentence_PronounResolvedToIt()
    {
        var analysis = Extract(Article(
            "Speaking from a stage at the harbour in Vesterby, director Tomas Okafor said the ferry would run all winter.",
            "“We have waited long enough,” he said."));

        Assert.Equal("Tomas Okafor", Assert.Single(analysis.Quotes).Speaker);
    }

    [Theory]
    [InlineData("“Orders have never been this high,” CEO said.")]
    [InlineData("“Orders have never been this high,” said NFC President.")]
    public void Extract_TitleWithoutName_SpeakerNull(string sentence)
    {
        var quote = Assert.Single(Extract(sentence).Quotes);

        Assert.Null(quote.Speaker);
    }
}
