using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`„…“, heißt es in einer Mitteilung des Gesamtbetriebsrats`: the body the document's genitive names. Invented bodies and people.</summary>
public sealed class GermanHearsayDocumentTests
{
    [Fact]
    public void Extract_HeisstEsInAMitteilungOfACouncil_NamesTheCouncilInTheNominative()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Die Belegschaft der Werft ist empört. „Die Beschäftigten zahlen für die Fehler der Geschäftsführung“, heißt es in einer Mitteilung des Hafenbetriebsrats.");

        Assert.Equal("Hafenbetriebsrat", analysis.SpeakerOf("Die Beschäftigten"));
    }

    [Fact]
    public void Extract_HiessEsInTheStatementOfANamedOffice_NamesTheOfficeWithItsName()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Die Suche nach dem Boot geht weiter. „Hinweise nehmen wir rund um die Uhr entgegen“, hieß es in der Stellungnahme der Wasserschutzwache Lindholm.");

        Assert.Equal("Wasserschutzwache Lindholm", analysis.SpeakerOf("Hinweise nehmen"));
    }

    [Fact]
    public void Extract_HeisstEsInADocumentOfABodyNamedByItsAcronym_TheBodysFullName()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Der Verband für Fährschifffahrt Lindholm (VFL) hofft auf den Sommer. „Die Saison beginnt in diesem Jahr schon im April“, heißt es in einer Aussendung des VFL.");

        Assert.Equal("Verband für Fährschifffahrt Lindholm", analysis.SpeakerOf("Die Saison"));
    }

    [Theory]
    [InlineData("„Der Umbau zwingt uns zu schmerzhaften Schritten“, heißt es in einer Mitteilung des Unternehmens.")]
    [InlineData("„Der Umbau ist derzeit nicht zu verantworten“, heißt es in einem Schreiben des Ministers.")]
    public void Extract_HeisstEsInADocumentOfAKindNounOrAPerson_NamesNoOne(string paragraph)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", "Die Werft streicht Stellen. " + paragraph);

        Assert.Null(analysis.SpeakerOf("Der Umbau"));
    }

    [Theory]
    [InlineData("Gesamtbetriebsrats", "Gesamtbetriebsrat")]
    [InlineData("Fährverbandes", "Fährverband")]
    [InlineData("Seniorenbeirats", "Seniorenbeirat")]
    [InlineData("VFL", "VFL")]
    public void Nominative_MasculineOrNeuterGenitive_DropsItsEnding(string genitive, string expected) =>
        Assert.Equal(expected, GermanHearsayDocument.Nominative(genitive));
}
