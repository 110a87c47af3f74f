using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>`police said` names the police, never the company the story is about. Invented retailer and town.</summary>
public sealed class SelfNamingBodyTests
{
    [Fact]
    public void Extract_PoliceSaidAfterACompany_DoesNotGiveTheCompany()
    {
        var analysis = Extract(Article(
            "Grocer warns of closures",
            "Pellmore Foods, the discount grocer, said on Tuesday that up to 30 stores could close.",
            "Separately, a man was arrested after a break-in at the grocer's depot in Dunhollow. \"Enquiries are continuing and we ask anyone with information to come forward,\" police said."));

        Assert.NotEqual("Pellmore Foods", analysis.QuoteStarting("Enquiries are").Speaker);
    }
}
