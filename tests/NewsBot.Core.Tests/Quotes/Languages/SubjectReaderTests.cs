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

    [Theory]
    [InlineData("es", "“La fianza se está preparando”, respondieron a EL DIARIO los abogados del exalcalde Hernán Ortega.")]
    [InlineData("fr", "« Le bac reprendra en mai », ont déclaré les avocats du maire Luc Marchand.")]
    [InlineData("it", "«Il porto resta aperto», hanno detto gli avvocati del sindaco Paolo Bianchi.")]
    [InlineData("pt", "“O porto continua aberto”, disseram os advogados do prefeito João Costa.")]
    public void Extract_PluralDescriptionAfterTheVerb_NoOne(string language, string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, "Ana Pérez Vidal visitó el muelle el lunes.", sentence);

        Assert.Null(Assert.Single(analysis.Quotes).Speaker);
    }

    [Theory]
    [InlineData("es", "“El puerto seguirá abierto”, dijo a la prensa el alcalde Luis Romero.", "Luis Romero")]
    [InlineData("es", "“El puerto seguirá abierto”, respondió a El Diario el alcalde Luis Romero.", "Luis Romero")]
    [InlineData("fr", "« Le bac reprendra en mai », a déclaré à la presse le maire Luc Marchand.", "Luc Marchand")]
    [InlineData("it", "«Il porto resta aperto», ha detto al Corriere il sindaco Paolo Bianchi.", "Paolo Bianchi")]
    [InlineData("pt", "“O porto continua aberto”, disse à imprensa o prefeito João Costa.", "João Costa")]
    [InlineData("de", "„Wir bleiben bei unserem Plan“, sagte dem Sender der Bürgermeister Jonas Weber.", "Jonas Weber")]
    public void Extract_AddresseeBetweenVerbAndSubject_TheSubject(string language, string sentence, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, sentence);

        Assert.Equal(speaker, Assert.Single(analysis.Quotes).Speaker);
    }

    [Theory]
    [InlineData("es", "Luis Romero habló el lunes. “El puerto seguirá abierto”, dijo su portavoz.")]
    [InlineData("it", "Paolo Bianchi ha parlato lunedì. «Il porto resta aperto», ha detto il suo portavoce.")]
    [InlineData("pt", "João Costa falou na segunda-feira. “O porto continua aberto”, disse o seu assessor.")]
    [InlineData("de", "Jonas Weber sprach am Montag. Sein Sprecher ergänzte: „Wir bleiben bei unserem Plan.“")]
    public void Extract_PossessiveDescription_NotThePossessor(string language, string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, sentence);

        Assert.Null(Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_GermanImpersonalEs_NoOneAndNoTurnCarriedOver()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de", "„Wir warten auf die Genehmigung“, sagte Reeder Paul Kramer.",
            "„Es ist eine Zumutung für alle Pendler“, heißt es in einer Erklärung des Verbands.");

        Assert.Equal("Paul Kramer", analysis.SpeakerOf("Wir warten"));
        Assert.Null(analysis.SpeakerOf("Es ist eine Zumutung"));
    }

    [Fact]
    public void Extract_GermanRoleHeadOfACompound_TheRoleHolder()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de", "Hafenministerin Anna Berg besuchte am Montag den Kai.", "Die Fähre liegt seit Wochen im Dock.",
            "„Wir öffnen den Hafen im Mai wieder“, sagte die Ministerin.");

        Assert.Equal("Anna Berg", analysis.SpeakerOf("Wir öffnen"));
    }

    [Fact]
    public void Extract_NameInsideTheComplementOfTheSubject_NotTheSubject()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "“La fianza está lista”, aseguró el abogado del exalcalde Hernán Ortega.");

        Assert.NotEqual("Hernán Ortega", Assert.Single(analysis.Quotes).Speaker);
    }

    [Theory]
    [InlineData("it", "«Non abbiamo più soldi», spiega la presidente dell'associazione Laura Conti.", "Secondo il Codacons, «i cittadini pagano il conto di anni di ritardi».")]
    [InlineData("es", "“No tenemos más dinero”, explicó la presidenta de la asociación Laura Conde.", "Según la Capitanía, “los ciudadanos pagan la cuenta de años de retrasos”.")]
    public void Extract_NameOfABodyTheLexiconDoesNotKnow_NotTheLastSpeaker(string language, string first, string second)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, first, second);

        Assert.Null(analysis.Quotes.OrderBy(q => q.Start).Last().Speaker);
    }

    [Theory]
    [InlineData("it", "Bianchi e Neri si sono incontrati lunedì. «È stato un buon incontro per tutti», ha detto.")]
    [InlineData("es", "Romero y Vidal se reunieron el lunes. “Fue un buen encuentro para todos”, dijo.")]
    [InlineData("pt", "Costa e Lima se encontraram na segunda-feira. “Foi um bom encontro para todos”, disse.")]
    public void Extract_DroppedSubjectAfterTwoPeople_NoOne(string language, string sentence)
    {
        var people = language switch
        {
            "it" => "Paolo Bianchi e Marco Neri guidano le due città.",
            "es" => "Luis Romero y Ana Vidal dirigen las dos ciudades.",
            _ => "João Costa e Pedro Lima dirigem as duas cidades.",
        };

        var analysis = ContinentalAttributionKit.ExtractIn(language, people, sentence);

        Assert.Null(Assert.Single(analysis.Quotes).Speaker);
    }
}
