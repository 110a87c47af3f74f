namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>A role with a place or body after its preposition (`Bürgermeisterin von Kleinfeld`) ends before the name: the place is no given name.</summary>
public sealed class RolePlaceNameTests
{
    [Theory]
    [InlineData("de", "Bürgermeisterin von Kleinfeld Anke Vogel sagte am Montag: „Wir öffnen den Hafen wieder.“", "Anke Vogel")]
    [InlineData("de", "„Wir öffnen den Hafen wieder“, sagte die Bürgermeisterin von Kleinfeld Anke Vogel.", "Anke Vogel")]
    [InlineData("fr", "La ministre de la Santé Claire Dumas a déclaré lundi : « Nous rouvrons le port. »", "Claire Dumas")]
    [InlineData("fr", "« Nous rouvrons le port », a déclaré le maire de Valbourg Pierre Lambert.", "Pierre Lambert")]
    [InlineData("es", "La alcaldesa de Villanueva Marta Ruiz dijo el lunes: “Reabrimos el puerto.”", "Marta Ruiz")]
    [InlineData("es", "“Reabrimos el puerto”, dijo el alcalde de Valdeluz Tomás Prieto.", "Tomás Prieto")]
    [InlineData("it", "Il sindaco di Roccaverde Marco Ferri ha detto lunedì: «Riapriamo il porto.»", "Marco Ferri")]
    [InlineData("it", "«Riapriamo il porto», ha detto la presidente della Regione Giulia Conti.", "Giulia Conti")]
    [InlineData("pt", "O prefeito de Vilamar João Braga disse na segunda-feira: “Reabrimos o porto.”", "João Braga")]
    [InlineData("pt", "“Reabrimos o porto”, disse a ministra da Saúde Beatriz Lobo.", "Beatriz Lobo")]
    public void Extract_RoleOfAPlaceBeforeTheName_TheNameAlone(string language, string paragraph, string expected)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, paragraph);

        Assert.Equal(expected, Assert.Single(analysis.Quotes).Speaker);
    }

    [Theory]
    [InlineData("de", "„Die Fähre kommt im Mai zurück“, erklärte der Bürgermeister von Bad Kleinfeld Jonas Weber.", "Jonas Weber", "Bürgermeister von Bad Kleinfeld")]
    [InlineData("fr", "« Nous rouvrons le port bientôt », a déclaré la maire de Saint-Aubin Claire Dumas.", "Claire Dumas", "maire de Saint-Aubin")]
    [InlineData("es", "“Reabrimos el puerto pronto”, afirmó la alcaldesa de Villanueva del Río Marta Ruiz.", "Marta Ruiz", "alcaldesa de Villanueva del Río")]
    [InlineData("es", "“El transbordador volverá en mayo”, explicó el gobernador de Santa Clara Luis Romero.", "Luis Romero", "gobernador de Santa Clara")]
    [InlineData("it", "«Il traghetto tornerà a maggio», ha spiegato il sindaco di Monte San Pietro Luca Bianchi.", "Luca Bianchi", "sindaco di Monte San Pietro")]
    [InlineData("pt", "“A balsa volta em maio”, afirmou o governador de Rio Claro Paulo Braga.", "Paulo Braga", "governador de Rio Claro")]
    public void Extract_RoleOfAPlaceOfSeveralWordsBeforeTheName_TheNameAndTheWholeRole(string language, string paragraph, string name, string role)
    {
        var quote = Assert.Single(ContinentalAttributionKit.ExtractIn(language, paragraph).Quotes);

        Assert.Equal((name, role), (quote.Speaker, quote.SpeakerRole));
    }
}
