using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>`Senior advocate X, appearing for Y, argued …` then a quote: counsel speaks, not the client. Invented court and people.</summary>
public sealed class ClientAppositionTests
{
    [Fact]
    public void Extract_CounselAppearingForClient_GivesTheCounsel()
    {
        var analysis = Extract(Article(
            "Verdict reserved in plot appeal",
            "The court on Wednesday reserved its verdict on an appeal by trader Sunil Arora against the loss of a plot.",
            "Senior advocate Kiran Bhatt, appearing for Arora, argued that the state had acted without a hearing. \"My client was never given notice and the order was passed behind his back,\" he submitted."));

        Assert.Equal("Kiran Bhatt", analysis.QuoteStarting("My client was").Speaker);
    }
}
