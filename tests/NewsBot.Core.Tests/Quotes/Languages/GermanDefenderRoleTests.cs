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

    [Fact]
    public void Extract_VerteidigerAfterRechtsanwaltByName_NamesTheLawyer()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Angeklagt war ein 52 Jahre alter Kaufmann, verteidigt wurde er von Rechtsanwalt Tobias Lindgren.",
            "„Mein Mandant hat den Schaden zum größten Teil wiedergutgemacht“, sagte der Verteidiger.");

        Assert.Equal("Tobias Lindgren", analysis.SpeakerOf("Mein Mandant"));
    }
}
