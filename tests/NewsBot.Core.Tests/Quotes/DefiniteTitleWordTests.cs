using NewsBot.Core.Quotes;
using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// `the Collector said`, `the Alhaji said`, `the Bureau said`: a capitalised word behind `the` is the person introduced with
/// that title or the body whose name holds it, not a name of its own. Invented people, places and bodies.
/// </summary>
public sealed class DefiniteTitleWordTests
{
    [Fact]
    public void Extract_TheCollectorAfterDistrictCollectorName_TheNamedCollector()
    {
        var analysis = Extract(Article(
            "District Collector V. Meenakshi Sundaram met the delegation on Tuesday.",
            "“Every field will be inspected before the month ends,” the Collector said."));

        Assert.Contains("Sundaram", analysis.QuoteStarting("Every field will be").Speaker ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_TheAlhajiManyPeopleLater_TheManIntroducedAsAlhaji()
    {
        var analysis = Extract(Article(
            "The chairman of the traders, Alhaji Musa Danladi, said the fire began at night.",
            "Mrs. Kemi Fashola, Mr. Tobi Ajayi, Miss Ronke Bello and Dr. Wale Ojo visited the market later.",
            "Danladi urged calm. “Let nobody take the law into their own hands,” the Alhaji said."));

        Assert.Equal("Musa Danladi", analysis.QuoteStarting("Let nobody take").Speaker);
    }

    [Fact]
    public void Extract_TheBureauAfterBureauOfHydrology_TheWholeBodyName()
    {
        var analysis = Extract(Article(
            "The Bureau of Hydrology issued a flood watch for the Kellan valley.",
            "“River levels will peak on Friday night,” the Bureau said in its update."));

        Assert.Equal("Bureau of Hydrology", analysis.QuoteStarting("River levels will peak").Speaker);
    }

    [Fact]
    public void Holder_NoArticleBeforeTheWord_Null()
    {
        const string Text = "District Collector V. Meenakshi Sundaram met them. Collector said nothing.";
        var names = NameIndex.Build(Text, WordTokenizer.Tokenize(Text, 0, Text.Length), []);
        var candidate = new SpeakerCandidate(CandidateKind.Name, ["Collector"], Text.LastIndexOf("Collector", StringComparison.Ordinal), "Collector");

        Assert.Null(DefiniteTitleWord.Holder(Text, names, candidate));
    }
}
