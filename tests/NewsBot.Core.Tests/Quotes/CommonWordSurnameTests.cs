using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// Read on PolNeAR train (invented text here): a surname that is also a common word (`Read`, `From`) before or after the
/// tail's reporting verb is the person the article named in full; two people of that surname leave the quote unattributed.
/// </summary>
public sealed class CommonWordSurnameTests
{
    [Fact]
    public void Extract_VerbSurnameBeforeTailVerb_TheFullNameSpeaks()
    {
        var analysis = Extract(Article(
            "The council met on Tuesday to discuss the new ferry route.",
            "Ferry operator chief executive Ian Read said the company had weighed the risks.",
            "\"On the political risk, we have assessed this deal with all the information we can glean,\" Read said."));

        Assert.Equal("Ian Read", analysis.QuoteStarting("On the political risk").Speaker);
    }

    [Fact]
    public void Extract_PrepositionSurnameBeforeTailVerb_TheFullNameSpeaks()
    {
        var analysis = Extract(Article(
            "The council met on Tuesday to discuss the new ferry route.",
            "Harbour pilot Nora From agreed that the vote had been close.",
            "\"The circumstances change when you go through a storm like we did,\" From said."));

        Assert.Equal("Nora From", analysis.QuoteStarting("The circumstances change").Speaker);
    }

    [Fact]
    public void Extract_TwoPeopleWithTheSurname_NoSpeaker()
    {
        var analysis = Extract(Article(
            "The council met on Tuesday to discuss the new ferry route.",
            "Ferry operator chief executive Ian Read said the company had weighed the risks, and his sister Mona Read agreed.",
            "\"On the political risk, we have assessed this deal with all the information we can glean,\" Read said."));

        Assert.Null(analysis.QuoteStarting("On the political risk").Speaker);
    }
}
