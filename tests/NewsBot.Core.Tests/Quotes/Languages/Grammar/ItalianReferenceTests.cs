namespace NewsBot.Core.Tests.Quotes.Languages.Grammar;

/// <summary>Italian speakers referred back to: role nouns, pronouns, dropped subjects, titles and surnames with particles. Invented people.</summary>
public sealed class ItalianReferenceTests
{
    [Theory]
    [InlineData("«Il porto resterà aperto per tutto l’inverno», ha aggiunto.")]
    [InlineData("«Il porto resterà aperto per tutto l’inverno», ha detto il sindaco.")]
    [InlineData("Il sindaco ha aggiunto: «Il porto resterà aperto per tutto l’inverno».")]
    [InlineData("Lui ha aggiunto: «Il porto resterà aperto per tutto l’inverno».")]
    [InlineData("«Il porto resterà aperto per tutto l’inverno», ha sottolineato Bellini.")]
    [InlineData("«Il porto resterà aperto per tutto l’inverno», ha sottolineato il primo cittadino.")]
    public void Extract_ReferenceToTheMayorNamedBefore_TheMayor(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it", "Il sindaco di Roccaverde, Marco Bellini, ha visitato il molo lunedì con i pescatori.",
            "«Abbiamo perso due barche», ha detto ai giornalisti.", sentence);

        Assert.Equal("Marco Bellini", analysis.SpeakerContaining("porto resterà"));
    }

    [Theory]
    [InlineData("«Il porto resterà aperto per tutto l’inverno», ha detto la ministra.")]
    [InlineData("«Il porto resterà aperto per tutto l’inverno», ha detto lei.")]
    [InlineData("Lei ha aggiunto: «Il porto resterà aperto per tutto l’inverno».")]
    [InlineData("«Il porto resterà aperto per tutto l’inverno», spiega Ferri.")]
    public void Extract_ReferenceToTheMinisterNamedBefore_TheMinister(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it", "La ministra del Mare, Giulia Ferri, ha visitato il molo lunedì con i pescatori.",
            "«Aiuteremo le famiglie», ha detto ai giornalisti.", sentence);

        Assert.Equal("Giulia Ferri", analysis.SpeakerContaining("porto resterà"));
    }

    [Theory]
    [InlineData("«Il porto resterà aperto per tutto l’inverno», ha detto Giulia Di Stefano.", "Giulia Di Stefano")]
    [InlineData("«Il porto resterà aperto per tutto l’inverno», ha detto Luca De Santis.", "Luca De Santis")]
    [InlineData("«Il porto resterà aperto per tutto l’inverno», ha detto Paolo Della Valle.", "Paolo Della Valle")]
    [InlineData("«Il porto resterà aperto per tutto l’inverno», ha spiegato il dott. Marco Bellini.", "Marco Bellini")]
    [InlineData("«Il porto resterà aperto per tutto l’inverno», ha spiegato il Dott. Marco Bellini.", "Marco Bellini")]
    public void Extract_NameWithParticleOrTitle_TheFullName(string sentence, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("it", sentence);

        Assert.Equal(speaker, analysis.SpeakerContaining("porto resterà"));
    }
}
