namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// French `a fait savoir`, `a laissé entendre`: the causative and its infinitive report speech together, with the subject
/// after the infinitive; and a reflexive verb in inversion (`se réjouit-elle`) is a cue like any other. Invented people.
/// </summary>
public sealed class CausativeReportingVerbTests
{
    [Fact]
    public void Extract_AFaitSavoirThenTheSubject_NamesTheSubject()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr",
            "Les dockers ont levé leur préavis. « Nous avons obtenu les embauches promises », a fait savoir le secrétaire du syndicat, Anselme Kouyaté-Brun, à la sortie.");

        Assert.Equal("Anselme Kouyaté-Brun", analysis.SpeakerOf("Nous avons obtenu"));
    }

    [Fact]
    public void Extract_ALaisseEntendreWithAPronounSubject_IsTheOneNamedBefore()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr",
            "Le délégué Anselme Kouyaté-Brun reste prudent. « Le mouvement peut reprendre à tout moment », a-t-il laissé entendre.");

        Assert.Equal("Anselme Kouyaté-Brun", analysis.SpeakerOf("Le mouvement peut"));
    }

    [Fact]
    public void Extract_ReflexiveVerbInInversion_IsACue()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr",
            "La conseillère Odile Marchal-Sy salue la décision. « Enfin une mesure pour les familles du port », se réjouit-elle.");

        Assert.Equal("Odile Marchal-Sy", analysis.SpeakerOf("Enfin une mesure"));
    }
}
