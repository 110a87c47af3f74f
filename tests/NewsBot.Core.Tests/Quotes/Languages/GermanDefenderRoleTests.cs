namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`sagte der Anwalt` after `Verteidiger …`: the press's other word for the defender. Invented people.</summary>
public sealed class GermanDefenderRoleTests
{
    [Fact]
    public void Extract_AnwaltAfterAProsecutorAndADefender_NamesTheDefender()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Staatsanwalt Oliver Tiedbrink blieb hart. Verteidiger Alexander Hollweg sprach von einer Vorverurteilung. „Mein Mandant ist kein Krimineller“, sagte der Anwalt.");

        Assert.Equal("Alexander Hollweg", analysis.SpeakerOf("Mein Mandant"));
    }
}
