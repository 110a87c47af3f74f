using NewsBot.Core.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// A Romance origin noun as a cue's subject (`dijo el madrileño`, `ha detto il torinese`, `disse o carioca`) is the one person
/// the article tied to that place; two such people, or none, leave the quote to no one. Invented people and places.
/// </summary>
public sealed class RomanceOriginNounTests
{
    [Fact]
    public void Extract_SpanishOriginNounOfOnePersonNamedAfterIt_ThatPerson()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "El madrileño Luis Ferrándiz ganó la carrera de Villaseca por delante de Tomás Ibargüengoitia.",
            "«Hoy las piernas respondieron desde el primer kilómetro», dijo el madrileño tras cruzar la meta.");

        Assert.Equal("Luis Ferrándiz", analysis.SpeakerOf("Hoy las piernas"));
    }

    [Fact]
    public void Extract_ItalianOriginNounOfOnePersonFromThePlace_ThatPerson()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "In finale Paolo Ghirardelli ha battuto Luca Bernasconi, di Torino, dopo tre ore di gioco.",
            "«Il campo era troppo veloce per il mio gioco», ha commentato il torinese.");

        Assert.Equal("Luca Bernasconi", analysis.SpeakerOf("Il campo era"));
    }

    [Fact]
    public void Extract_PortugueseOriginNounOfOnePersonNamedAfterIt_ThatPerson()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt",
            "O carioca Rafael Moreira venceu no domingo a regata de Pedra Alta, à frente de Joaquim Albuquerque.",
            "\"O vento mudou duas vezes na última volta\", disse o carioca.");

        Assert.Equal("Rafael Moreira", analysis.SpeakerOf("O vento mudou"));
    }

    [Fact]
    public void Extract_OriginNounOfTwoPeopleFromThePlace_Unattributed()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "Ganaron las sevillanas Marta Rosales y Elena Cifuentes, que llegaron juntas a la meta de Villaseca.",
            "«Hemos corrido como un solo equipo durante toda la semana», afirmó la sevillana.");

        Assert.Null(analysis.SpeakerOf("Hemos corrido"));
    }

    [Fact]
    public void Extract_OriginNounTheArticleTiedToNoOne_Unattributed()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "Il torneo di Castelgrato è stato vinto da Marco Brambilla davanti a Gennaro Scognamiglio.",
            "«Il campo era troppo veloce per il mio gioco», ha commentato il napoletano.");

        Assert.Null(analysis.SpeakerOf("Il campo era"));
    }

    [Theory]
    [InlineData("madrileña", "es", "Madrid")]
    [InlineData("valenciano", "es", "Valencia")]
    [InlineData("napoletana", "it", "Napoli")]
    [InlineData("Lyonnais", "fr", "Lyon")]
    [InlineData("Marseillaise", "fr", "Marseille")]
    [InlineData("carioca", "pt", "Rio de Janeiro")]
    public void Of_OriginNoun_FindsThePlace(string noun, string language, string place) =>
        Assert.Equal(place, RomanceOriginNoun.Of(noun, language)?.Place);

    [Theory]
    [InlineData("ministro", "es")]
    [InlineData("vecino", "es")]
    [InlineData("hermano", "es")]
    [InlineData("presidente", "it")]
    [InlineData("jornalista", "pt")]
    public void Of_PersonNounThatIsNoOrigin_Null(string noun, string language) =>
        Assert.Null(RomanceOriginNoun.Of(noun, language));
}
