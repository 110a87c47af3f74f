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

    [Theory]
    [InlineData("the department said", "A contractor has been chosen for the plant")]
    [InlineData("the city said", "A contractor has been chosen for the plant")]
    public void Extract_GovernmentNounWithNoBodyNamedWithIt_NoSpeaker(string cue, string quote)
    {
        var analysis = Extract(Article(
            "Water plant delayed",
            "Families at Marrow Lake First Nation have boiled their water for five years, and Kestrel Haulage trucks in bottles.",
            $"\"{quote},\" {cue}."));

        Assert.Null(analysis.QuoteStarting(quote).Speaker);
    }
}
