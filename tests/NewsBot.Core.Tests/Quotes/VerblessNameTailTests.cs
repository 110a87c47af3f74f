using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>`“…,” Mara Lind, Director of the Harbour Patrol.`: a press release's name and role after a quote, with no verb.</summary>
public sealed class VerblessNameTailTests
{
    [Fact]
    public void Extract_QuoteThenFullNameAndRoleWithoutVerb_ThatPerson()
    {
        var analysis = Extract(Article(
            "Patrol seizes cargo off the coast",
            "Officers stopped a boat near the harbour on Tuesday, the agency said.",
            "“Our crews continue to stop unlawful cargo approaching the coast every single week,” Mara Lind, Director of the Harbour Patrol Branch.",
            "The agency patrols the coast with boats and planes."));

        Assert.Equal("Mara Lind", analysis.QuoteStarting("Our crews").Speaker);
    }
}
