using NewsBot.Core.Quotes;
using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`Eine Nachbarin sagte aus … „…“, sagte die Zeugin.`: an unnamed person met since the last name keeps pronouns and descriptions from reaching back. Invented people.</summary>
public sealed class GermanUnnamedSourceTests
{
    [Fact]
    public void Extract_DieZeuginAfterAnUnnamedNeighbour_NamesNoOne()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Staatsanwältin Wiebke Harms warf dem Mann Brandstiftung vor. „Er hat den Tod der Familie in Kauf genommen“, sagte die Staatsanwältin.",
            "Eine Nachbarin sagte aus, sie habe den Mann vor dem Haus gesehen. „Er trug einen Kanister, da bin ich mir sicher“, sagte die Zeugin.");

        Assert.Equal("Wiebke Harms", analysis.SpeakerOf("Er hat den Tod"));
        Assert.Null(analysis.SpeakerOf("Er trug einen Kanister"));
    }

    [Fact]
    public void Extract_SagteErAfterAnUnnamedCouncillor_NamesNoOne()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Fraktionschef Jannes Brodersen kündigte einen neuen Antrag an. „Im Herbst sprechen wir uns wieder“, sagte Brodersen.",
            "Ein Gemeindevertreter, der nicht genannt werden wollte, sprach von einem schlechten Tag. „Das Geld ist im nächsten Jahr trotzdem weg“, sagte er.");

        Assert.Null(analysis.SpeakerOf("Das Geld ist"));
    }

    [Fact]
    public void Extract_SagteSieAfterAnUnnamedMan_StillTheWomanNamedBefore()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Bürgermeisterin Maren Ohlsen verteidigte den Plan. Ein Anwohner hatte zuvor protestiert. „Wir bauen für die nächsten fünfzig Jahre“, sagte sie.");

        Assert.Equal("Maren Ohlsen", analysis.SpeakerOf("Wir bauen"));
    }

    [Fact]
    public void Extract_UnnamedPersonBeforeTheNameIsGiven_StillTheNamedSpeaker()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Ein Bericht der Hafenverwaltung liegt vor. Hafenmeister Olrik Janssen hat ihn gelesen. „Die Zahlen sind schlechter als gedacht“, sagte er.");

        Assert.Equal("Olrik Janssen", analysis.SpeakerOf("Die Zahlen"));
    }

    [Theory]
    [InlineData("Eine Anwohnerin, die anonym bleiben will, sieht das anders.", true)]
    [InlineData("Ein älterer Nachbar sieht das anders.", false)]
    public void OpensWithUnnamed_IndefinitePersonNoun_ItsGender(string sentence, bool female) =>
        Assert.Equal(female ? Gender.Female : Gender.Male, GermanUnnamedSource.OpensWithUnnamed(sentence, 0, sentence.Length));

    [Theory]
    [InlineData("Ein Bericht der Verwaltung liegt vor.")]
    [InlineData("Eine Sprecherin Anna Berg sagte das.")]
    [InlineData("Die Anwohnerin sieht das anders.")]
    public void OpensWithUnnamed_NoUnnamedPerson_Null(string sentence) =>
        Assert.Null(GermanUnnamedSource.OpensWithUnnamed(sentence, 0, sentence.Length));
}
