namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`In der TZ heißt es dazu: „…“`: a lead that quotes a publication by its name. Invented outlets and people.</summary>
public sealed class GermanPublicationLeadTests
{
    private const string Before = "In den achtziger Jahren stritt Falkenau über die Polizei. Staatssekretär Konrad Weidlich wollte die Kontrollen verschärfen.";

    [Fact]
    public void Extract_PublicationNamedInHearsayLead_ThePublication()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de", Before, "In der FKZ heißt es dazu: „Die Kontrollen wurden nachts geführt, viele Gäste mussten stundenlang warten.“");

        Assert.Equal("FKZ", analysis.SpeakerOf("Die Kontrollen wurden"));
    }

    [Theory]
    [InlineData("In dem Bericht heißt es dazu:")]
    [InlineData("In Kassel heißt es dazu:")]
    public void Extract_CommonNounOrPlaceInHearsayLead_NoSpeaker(string lead)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", Before, lead + " „Die Kontrollen wurden nachts geführt, viele Gäste mussten stundenlang warten.“");

        Assert.Null(analysis.SpeakerOf("Die Kontrollen wurden"));
    }
}
