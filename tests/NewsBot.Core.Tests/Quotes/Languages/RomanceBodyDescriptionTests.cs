namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// A body named by a generic noun after its quote (`écrit l’agence`, `resalta el organismo`, `precisa l’agenzia`, `afirmou a
/// agência`) speaks for the body the text named last in that paragraph or the one before, unless a person became a clause's
/// subject since; and a French or Italian description behind an elided article (`a déclaré l’entraîneur`, `ha spiegato
/// l’allenatore`) is read as article and noun, so the role the article gave someone finds them (issue 11). The seat of a
/// government office or a ministry named by its portfolio as the subject before a reporting verb (`L'Élysée a fait savoir
/// que`, `il Viminale ha fatto sapere che`, `el Ministerio de Trabajo señaló`) is the body, under its own name, and a role noun
/// for a person after it does not continue its turn; a name right after a lower-case body noun (`de la plataforma Salinas
/// Viva`) is that body, not a person a dropped subject could continue. Invented bodies and people.
/// </summary>
public sealed class RomanceBodyDescriptionTests
{
    [Theory]
    [InlineData("fr", "Le 30 avril, malgré la condamnation de Vortexa par la justice, l’EFSV n’a pas changé d’avis. « Le produit ne présente pas de risque pour la santé publique », écrit l’agence.", "Le produit", "EFSV")]
    [InlineData("es", "Los datos aún deben ser confirmados por la OMRA, parte de la ONU. En un comunicado, la entidad apunta a que la medición es correcta. “Es prematuro hablar de un récord absoluto”, resalta el organismo.", "Es prematuro", "OMRA")]
    [InlineData("it", "Il 30 aprile, dopo la condanna di Vortexa da parte dei giudici, l’ARPAV non ha cambiato parere. «Il prodotto non presenta rischi per la salute pubblica», precisa l’agenzia.", "Il prodotto", "ARPAV")]
    [InlineData("pt", "No dia 30 de abril, apesar da condenação da Vortexa pela justiça, a ANVESA não mudou de opinião. “O produto não apresenta risco para a saúde pública”, afirmou a agência.", "O produto", "ANVESA")]
    public void Extract_GenericBodyNounAfterTheQuote_TheBodyNamedLast(string language, string paragraph, string quote, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, paragraph);

        Assert.Equal(speaker, analysis.SpeakerOf(quote));
    }

    [Theory]
    [InlineData("fr", "L’EFSV n’a pas changé d’avis. Le directeur Marc Lefort a ensuite répondu aux critiques des associations. « Le produit ne présente pas de risque pour la santé publique », écrit l’agence.", "Le produit", "EFSV")]
    [InlineData("es", "La OMRA no cambió de opinión. El director Marcos Lefort respondió luego a las críticas de las asociaciones. “El producto no presenta riesgo para la salud pública”, resalta el organismo.", "El producto", "OMRA")]
    [InlineData("it", "L’ARPAV non ha cambiato parere. Il direttore Marco Lefort ha poi risposto alle critiche delle associazioni. «Il prodotto non presenta rischi per la salute pubblica», precisa l’agenzia.", "Il prodotto", "ARPAV")]
    [InlineData("pt", "A ANVESA não mudou de opinião. O diretor Marcos Lefort respondeu depois às críticas das associações. “O produto não apresenta risco para a saúde pública”, afirmou a agência.", "O produto", "ANVESA")]
    public void Extract_GenericBodyNounAfterAPersonSubject_NotTheBody(string language, string paragraph, string quote, string body)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, paragraph);

        Assert.NotEqual(body, analysis.SpeakerOf(quote));
    }

    [Theory]
    [InlineData("fr", "L’entraîneur Jean Lefort a présenté son équipe hier matin avec le maire Paul Girard.", "« Nous voulons gagner la coupe cette saison », a déclaré l’entraîneur.", "Nous voulons", "Jean Lefort")]
    [InlineData("fr", "Le nouvel entraîneur Jean Lefort a présenté son équipe hier matin avec le maire Paul Girard.", "« Nous voulons gagner la coupe cette saison », a déclaré l'entraîneur.", "Nous voulons", "Jean Lefort")]
    [InlineData("it", "L’allenatore Marco Rinaldi ha presentato la squadra ieri mattina con il sindaco Paolo Ferri.", "«Vogliamo vincere il campionato quest’anno», ha spiegato l’allenatore.", "Vogliamo", "Marco Rinaldi")]
    [InlineData("it", "Il nuovo allenatore Marco Rinaldi ha presentato la squadra ieri mattina con il sindaco Paolo Ferri.", "«Vogliamo vincere il campionato quest’anno», ha detto l'allenatore.", "Vogliamo", "Marco Rinaldi")]
    public void Extract_DescriptionBehindAnElidedArticle_ThePersonGivenThatRole(string language, string before, string paragraph, string quote, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, before, paragraph);

        Assert.Equal(speaker, analysis.SpeakerOf(quote));
    }

    [Theory]
    [InlineData("fr", "L'Élysée a fait savoir mercredi que « le président soutient pleinement sa ministre ».", "soutient pleinement", "Élysée")]
    [InlineData("fr", "Le ministère de la Santé a indiqué mardi que « les stocks de vaccins suffiront jusqu'en mars ».", "stocks de vaccins", "ministère de la Santé")]
    [InlineData("it", "Il Viminale ha fatto sapere in serata che «due navi saranno inviate a Roccaverde per i trasferimenti».", "due navi", "Viminale")]
    [InlineData("it", "Palazzo Chigi ha detto che «il governo seguirà da vicino l'attuazione dell'intesa».", "da vicino", "Palazzo Chigi")]
    [InlineData("es", "El Ministerio de Trabajo señaló en un comunicado que «el diálogo social sigue siendo la única vía».", "diálogo social", "Ministerio de Trabajo")]
    [InlineData("pt", "O Itamaraty informou em nota que \"os dois países assinarão onze acordos de cooperação\".", "onze acordos", "Itamaraty")]
    public void Extract_GovernmentSeatOrMinistryAsSubject_TheBody(string language, string paragraph, string fragment, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, paragraph);

        Assert.Contains(speaker, analysis.SpeakerContaining(fragment) ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_RoleNounAfterMinistrysQuote_NotTheMinistry()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "El Ministerio de Industria informó de que «el proyecto optará a fondos europeos».",
            "El presidente de Olmo Energía cerró el acto: «Gracias a todos; nos vemos en septiembre».");

        Assert.NotEqual("Ministerio de Industria", analysis.SpeakerContaining("nos vemos"));
    }

    [Theory]
    [InlineData("es", "El biólogo Kwame Mensah, de la plataforma Salinas Viva, advirtió de los riesgos para las marismas. «Nadie ha estudiado qué pasará con las aves», dijo.", "Nadie ha", "Kwame Mensah")]
    [InlineData("pt", "O biólogo Rui Lopes, do movimento Terra Viva, alertou para os riscos para o estuário. \"Ninguém estudou o que vai acontecer às aves\", disse.", "Ninguém estudou", "Rui Lopes")]
    public void Extract_NameAfterLowerCaseBodyNoun_DroppedSubjectKeepsThePerson(string language, string paragraph, string quote, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, paragraph);

        Assert.Equal(speaker, analysis.SpeakerOf(quote));
    }
}
