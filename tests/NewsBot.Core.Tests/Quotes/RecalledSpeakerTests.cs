using NewsBot.Core.Quotes;
using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// `She recalled X saying: “…”`, `The paper quoted X as saying: “…”`: the object of a verb of remembering or quoting
/// spoke the words, not the sentence's subject who passes them on. Invented people and outlets.
/// </summary>
public sealed class RecalledSpeakerTests
{
    [Fact]
    public void Extract_SheRemembersNamedGrandmotherTelling_TheGrandmother()
    {
        var analysis = Extract(Article(
            "Maire Quilty has written a book about the mill her family ran for a century.",
            "She remembers her grandmother, Ottilie, telling her about the winter the river froze: “The wheel stood still for six weeks. We ate the seed corn.”"));

        Assert.Equal("Ottilie", analysis.QuoteStarting("The wheel stood still").Speaker);
    }

    [Fact]
    public void Extract_OutletQuotedUnnamedBankerAsSaying_NoSpeaker()
    {
        var analysis = Extract(Article(
            "Shares in Corvane Holdings fell on Thursday after the results.",
            "The business weekly Tallyline quoted an unnamed senior trader as saying: “Everyone saw this coming except the board.”"));

        Assert.Null(analysis.QuoteStarting("Everyone saw this coming").Speaker);
    }

    [Fact]
    public void Extract_ColumnistRecalledNamedMinisterSaying_TheMinister()
    {
        var analysis = Extract(Article(
            "The columnist Edwina Marrable has covered the port for thirty years.",
            "Marrable recalled Harold Fenwick saying at the opening in 1994: “This quay will outlive every one of us.”"));

        Assert.Equal("Harold Fenwick", analysis.QuoteStarting("This quay will outlive").Speaker);
    }

    [Fact]
    public void Extract_HeardAClauseObjectThenAdding_StillTheSubject()
    {
        var analysis = Extract(Article(
            "Lorcan Brightwater chairs the harbour trust.",
            "Brightwater said the trust had heard the complaints, adding: “We will publish the survey next week.”"));

        Assert.Equal("Lorcan Brightwater", analysis.QuoteStarting("We will publish").Speaker);
    }
}
