using NewsBot.Ingestion.Extraction;

namespace NewsBot.Ingestion.Tests.Extraction;

public sealed class DeclaredBodyLinesTests
{
    private const string Story =
        "The Brackenford council voted on Monday to reopen the old tram depot as a covered market for local growers.\n\n"
        + "Councillor Ysolde Marrack said the first stalls would open in April, with rents frozen for two years.\n\n"
        + "Traders from the valley farms welcomed the plan but asked for longer opening hours on Saturdays.";

    private const string AuthorCard =
        "Pellam Trewin writes about politics; previously a ferry pilot in Saltby, now living aboard a narrowboat.";

    [Fact]
    public void Keep_LinesTheDeclaredBodyNeverUses_DropsThem()
    {
        var text = Story + "\n\n" + AuthorCard + "\n\nFollow Us On Social Media";

        Assert.Equal(Story, DeclaredBodyLines.Keep(text, Story));
    }

    [Fact]
    public void Keep_DeclaredBodyAsHtml_ReadsItsText()
    {
        var declared = "<p>" + Story.Replace("\n\n", "</p><p>", StringComparison.Ordinal) + "</p>";

        Assert.Equal(Story, DeclaredBodyLines.Keep(Story + "\n\n" + AuthorCard, declared));
    }

    [Fact]
    public void Keep_DeclaredBodyIsAShortTeaser_KeepsTheTextWhole()
    {
        var text = Story + "\n\n" + AuthorCard;

        Assert.Same(text, DeclaredBodyLines.Keep(text, "The Brackenford council voted to reopen the tram depot."));
    }

    [Fact]
    public void Keep_DeclaredBodyIsAnotherStory_KeepsTheTextWhole()
    {
        const string other = "Harvest figures from the Lowmoor orchards fell by a third after the late frost, the growers' guild reported, "
            + "and cider makers expect higher prices through the winter season across the whole county and beyond it.";
        var text = Story + "\n\n" + AuthorCard;

        Assert.Same(text, DeclaredBodyLines.Keep(text, other));
    }

    [Fact]
    public void Keep_NoDeclaredBody_KeepsTheText()
    {
        Assert.Same(Story, DeclaredBodyLines.Keep(Story, null));
    }

    [Fact]
    public void Keep_EmbeddedPostTheDeclarationLeavesOut_KeepsThePostAndItsCredit()
    {
        const string post = "What a day for the growers of this valley, see you all at the depot in April!\n\n"
            + "— Brackenford Growers (@BrackGrowers) March 3, 2024";
        var text = Story + "\n\n" + post;

        Assert.Same(text, DeclaredBodyLines.Keep(text, Story));
    }
}
