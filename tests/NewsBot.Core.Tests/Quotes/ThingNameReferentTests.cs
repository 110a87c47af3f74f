using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// Names a later `he said` cannot mean: one capitalised word after `the` (a product, `The Pace`) and names joined by an
/// ampersand (a firm, `Harlow &amp; Finch`). Invented watches, maker and tester.
/// </summary>
public sealed class ThingNameReferentTests
{
    [Fact]
    public void Extract_PronounAfterProductNamedWithTheArticle_NoSpeaker()
    {
        var analysis = Extract(Article(
            "Our testers spent three months with the new watches.",
            "The Pace is the simplest watch we tested. \"It does one thing well and never asks for attention,\" he said."));

        Assert.Null(analysis.QuoteStarting("It does one thing well").Speaker);
    }

    [Fact]
    public void Extract_PronounAfterFirmJoinedByAmpersand_NoSpeaker()
    {
        var analysis = Extract(Article(
            "The watches come from Harlow & Finch, a maker in Leeds.",
            "The Pace is the simplest watch we tested. \"It does one thing well,\" he said."));

        Assert.Null(analysis.QuoteStarting("It does one thing well").Speaker);
    }

    [Fact]
    public void Extract_PronounAfterProductWithTesterNamedEarlier_TesterSpeaks()
    {
        var analysis = Extract(Article(
            "Tom Quill spent three months with the new watches.",
            "The Pace is the simplest watch we tested. \"It does one thing well and never asks for attention,\" he said."));

        Assert.Equal("Tom Quill", analysis.QuoteStarting("It does one thing well").Speaker);
    }
}
