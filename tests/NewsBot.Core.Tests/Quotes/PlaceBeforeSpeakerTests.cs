using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// A place or an audience right before the reporting words (`got in touch from Ardvenna:`, `at Kelvapet, the Chief Minister
/// said`, `told the House`) is where or to whom the words were said, never who said them.
/// </summary>
public sealed class PlaceBeforeSpeakerTests
{
    [Fact]
    public void Extract_ColonLeadEndingInPlaceAfterFrom_SpeakerIsTheSubject()
    {
        var analysis = Extract(Article(
            "Storm live",
            "Reader Jonna Brisk got in touch from Ardvenna: \"Tree down across the coast road just past the school.\""));

        Assert.Equal("Jonna Brisk", analysis.QuoteStarting("Tree down across").Speaker);
    }

    [Fact]
    public void Extract_ParticipleClauseEndingInPlaceBeforeRole_SpeakerIsTheRoleHolder()
    {
        var analysis = Extract(Article(
            "Hospital wing opens",
            "Chief Minister R. Velusamy on Monday opened a new children's wing at the district hospital.",
            "Inaugurating the ward at Kelvapet, the Chief Minister said, \"No child in this district will travel a hundred kilometres for care again.\""));

        Assert.Contains("Velusamy", analysis.QuoteStarting("No child in this district").Speaker);
    }

    [Fact]
    public void Extract_GroupSaidAfterBodyThatWasTold_SpeakerStaysUnknown()
    {
        var analysis = Extract(Article(
            "Ferry cuts debated",
            "Campaigners from Save Our Ferries handed a petition to MPs on Tuesday.",
            "The minister, Ms Tilda Orrin, told the House that the money was there.",
            "\"The government counts sailings. We count the people left on the pier,\" the group said in a note to MPs."));

        Assert.Null(analysis.QuoteStarting("The government counts sailings").Speaker);
    }

    [Fact]
    public void Extract_AverredAfterQuote_SpeakerIsTheNamedLawmaker()
    {
        var analysis = Extract(Article(
            "Flood relief delayed",
            "The lawmaker representing Okun-Ide, Hon. Emeka Ilori, visited the camps on Sunday.",
            "\"People are sleeping on bare floors while the relief sits in a warehouse,\" Ilori averred."));

        Assert.Equal("Emeka Ilori", analysis.QuoteStarting("People are sleeping on bare floors").Speaker);
    }
}
