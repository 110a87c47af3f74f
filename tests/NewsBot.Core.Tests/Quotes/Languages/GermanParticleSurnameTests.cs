namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// A German surname with its particle standing alone as the subject (`sagte von Brandt`, `entgegnete von Brandt`), after the
/// article named the person in full; `von der` inside a name (`Hanna von der Lindt`); and `von` as the preposition it usually is. Invented people.
/// </summary>
public sealed class GermanParticleSurnameTests
{
    [Theory]
    [InlineData(
        "„Viele kleine Betriebe werden das Jahr nicht überstehen“, sagte Verbandspräsident Konrad von Brandt der Zeitung.",
        "Der Verband hat seine Mitglieder im Sommer befragt.",
        "„Für das nächste Jahr rechnen wir mit weiteren Schließungen“, berichtete von Brandt am Dienstag.",
        "Konrad von Brandt")]
    [InlineData(
        "Die Stadträtin Hanna von Brandt hat den Antrag zur Fähre im Ausschuss eingebracht.",
        "„Das Geld dafür fehlt“, sagte Kämmerer Paul Weber.",
        "„Für das nächste Jahr rechnen wir mit der Fähre“, entgegnete von Brandt.",
        "Hanna von Brandt")]
    public void Extract_ParticleSurnameAfterTheVerb_ResolvesToTheFullName(string first, string second, string quoted, string expected)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", first, second, quoted);

        Assert.Equal(expected, analysis.SpeakerOf("Für das nächste Jahr"));
    }

    [Theory]
    [InlineData("„Wir brauchen die Fähre noch vor dem Winter zurück“, sagte die Stadträtin Hanna von der Lindt.", "Hanna von der Lindt")]
    [InlineData("„Wir brauchen die Fähre noch vor dem Winter zurück“, sagte Klaus Weber von der Stadtverwaltung.", "Klaus Weber")]
    public void Extract_ParticleAndArticleAfterAGivenName_KeepTheSurnameButNotABody(string quoted, string expected)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", quoted);

        Assert.Equal(expected, analysis.SpeakerOf("Wir brauchen die Fähre"));
    }

    [Fact]
    public void Extract_VonAsPrepositionWithNoSuchPerson_NamesNoOneFromIt()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Der Hafenmeister Jonas Brandt hat am Montag mit den Fischern gesprochen.",
            "„Die Reparatur dauert mindestens bis März“, berichtete von Kleinfeld aus ein Sprecher der Werft.");

        Assert.NotEqual("Kleinfeld", analysis.SpeakerOf("Die Reparatur dauert"));
    }
}
