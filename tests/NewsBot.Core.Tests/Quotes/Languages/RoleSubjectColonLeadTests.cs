namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// `Der Minister ging auf die Kritik ein: „…“`: a German sentence opening with an article and a role noun, ending in the colon
/// before a quote, gives the quote to the one person the article named in that role; none or two such people leave it to no
/// one. Invented people and places.
/// </summary>
public sealed class RoleSubjectColonLeadTests
{
    [Fact]
    public void Extract_MinisterNamedOnceBeforeAnyVerbColon_ThatMinister()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Verkehrsminister Jonas Brandler besuchte am Montag die Baustelle der Brücke in Falkenau.",
            "Der Minister ging auf die Kritik der Anwohner ein: „Wir nehmen die Sorgen der Menschen sehr ernst.“");

        Assert.Equal("Jonas Brandler", analysis.SpeakerOf("Wir nehmen die Sorgen"));
    }

    [Fact]
    public void Extract_MayorWomanNamedOnceBeforeAdjectiveVerbColon_ThatMayor()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Bürgermeisterin Hilde Saalfeld hatte der Firma am Freitag einen Brief geschrieben.",
            "Die Bürgermeisterin wurde deutlich: „So kann es mit der Brücke nicht weitergehen.“");

        Assert.Equal("Hilde Saalfeld", analysis.SpeakerOf("So kann es"));
    }

    [Fact]
    public void Extract_OtherSpeakerQuotedBetweenMinisterAndColon_StillThatMinister()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Innenminister Jörg Weidemann sprach am Dienstag vor dem Landtag. „Wir handeln zu spät“, so Fraktionschefin Ida Oltmann.",
            "Der Minister ging in seiner Rede auch auf die Personalnot der Polizei ein: „Wir stellen mehr Beamte ein.“");

        Assert.Equal("Jörg Weidemann", analysis.SpeakerOf("Wir stellen mehr"));
    }

    [Fact]
    public void Extract_TwoMinistersNamedBeforeColon_NoSpeaker()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Verkehrsminister Jonas Brandler und Umweltminister Kurt Pellner besuchten am Montag die Baustelle in Falkenau.",
            "Der Minister ging auf die Kritik der Anwohner ein: „Wir nehmen die Sorgen der Menschen sehr ernst.“");

        Assert.Null(analysis.SpeakerOf("Wir nehmen die Sorgen"));
    }

    [Fact]
    public void Extract_NoMinisterNamedBeforeColon_NoSpeaker()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Die Baustelle der Brücke in Falkenau ruht seit dem Sommer, die Anwohner sind verärgert.",
            "Der Minister ging auf die Kritik der Anwohner ein: „Wir nehmen die Sorgen der Menschen sehr ernst.“");

        Assert.Null(analysis.SpeakerOf("Wir nehmen die Sorgen"));
    }
}
