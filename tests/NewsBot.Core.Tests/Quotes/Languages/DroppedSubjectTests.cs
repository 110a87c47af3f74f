namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>Dropped subjects (`“…”, afirmó.`) in Spanish, Italian and Portuguese: whose clause they continue. Invented people.</summary>
public sealed class DroppedSubjectTests
{
    [Theory]
    [InlineData("es", "Luis Romero habló en la radio sobre el caso de Pedro Salinas.", "“El puerto seguirá abierto”, afirmó.", "Luis Romero")]
    [InlineData("it", "Marco Bellini ha parlato alla radio del caso di Paolo Neri.", "«Il porto resterà aperto», ha aggiunto.", "Marco Bellini")]
    [InlineData("pt", "Rui Matos falou na rádio sobre o caso de Pedro Sales.", "“O porto vai continuar aberto”, afirmou.", "Rui Matos")]
    public void Extract_DroppedSubjectAfterANameThatModifiesANoun_TheClauseSubject(string language, string before, string quote, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, before, quote);

        Assert.Equal(speaker, analysis.Quotes.Single().Speaker);
    }

    [Fact]
    public void Extract_DroppedSubjectAfterADescriptionByRole_TheRoleHolderOverTheLastName()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "El fiscal general de Valdeluz, Luis Romero, visitó el muelle el lunes.",
            "Pedro Salinas, dueño de la lonja, pidió más ayuda al gobierno regional.",
            "Después, el fiscal general recordó la tormenta. “El puerto seguirá abierto”, indicó.");

        Assert.Equal("Luis Romero", analysis.SpeakerOf("El puerto"));
    }

    [Fact]
    public void Extract_DroppedSubjectAfterARoleTwoPeopleHold_SpeakerIsNull()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "La ministra Ana Lima visitó el muelle el lunes.",
            "La ministra Eva Soler visitó el puerto el martes.",
            "Después, la ministra recordó la tormenta. “El puerto seguirá abierto”, indicó.");

        Assert.Null(analysis.SpeakerOf("El puerto"));
    }
}
