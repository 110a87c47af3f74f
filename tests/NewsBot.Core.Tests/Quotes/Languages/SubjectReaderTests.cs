namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>The subject after an inverted verb in every language: a role with its complement before the name. Invented people.</summary>
public sealed class SubjectReaderTests
{
    [Theory]
    [InlineData("fr", "« Le bac reprendra en mai », a déclaré la ministre de la Santé Claire Fontaine.", "Claire Fontaine", "ministre de la Santé")]
    [InlineData("fr", "« Le bac reprendra en mai », a prévenu le commissaire à l’économie Luc Marchand.", "Luc Marchand", "commissaire à l’économie")]
    [InlineData("es", "“El puerto seguirá abierto”, dijo el portavoz del Gobierno Luis Romero.", "Luis Romero", "portavoz del Gobierno")]
    [InlineData("it", "«Il porto resta aperto», ha detto il presidente della Regione Paolo Bianchi.", "Paolo Bianchi", "presidente della Regione")]
    [InlineData("pt", "“O porto continua aberto”, disse o ministro da Economia João Costa.", "João Costa", "ministro da Economia")]
    [InlineData("de", "„Wir bleiben bei unserem Plan“, sagte Bundeskanzlerin Anke Vogel.", "Anke Vogel", "Bundeskanzlerin")]
    public void Extract_RoleWithComplementBeforeTheName_TheNameWithItsRole(string language, string sentence, string speaker, string role)
    {
        var quote = Assert.Single(ContinentalAttributionKit.ExtractIn(language, sentence).Quotes);

        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(role, quote.SpeakerRole);
    }
}
