namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// Wire-copy cues in French, Spanish, Italian and Portuguese: an object pronoun before the tail's verb (`lui lance un
/// docker`), an indefinite group whose first word is also a surname (`Fuentes del ministerio`), a relative clause between
/// the subject and its verb, a possessive role with the name after it (`son porte-parole, X`), a role given after a
/// sentence-opening pronoun (`Lo ha dichiarato il ministro …, X`) and the particle `do` inside a Portuguese name. Invented people.
/// </summary>
public sealed class RomanceWireCueTests
{
    [Theory]
    [InlineData("fr", "« On ne peut plus attendre », a déclaré la maire, Fatima Ouedraogo.", "« Et nos salaires, on en parle quand ? » lui lance un docker, casque à la main.", "Et nos salaires")]
    [InlineData("es", "“No podemos esperar más”, dijo la alcaldesa, Fátima Oyarzún.", "“¿Y los salarios, cuándo?”, le gritó un estibador desde la grúa.", "¿Y los salarios")]
    [InlineData("pt", "“Não podemos esperar mais”, disse a prefeita, Fátima Oliveira.", "“E os salários, quando?”, lhe perguntou um estivador no cais.", "E os salários")]
    public void Extract_ObjectPronounThenVerbThenIndefiniteSubject_NoSpeaker(string language, string before, string paragraph, string quote)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, before, paragraph);

        Assert.Null(analysis.SpeakerOf(quote));
    }

    [Theory]
    [InlineData("fr", "« Et nos salaires, on en parle quand ? » lui lance Bruno Carvalhal, délégué du port.", "Bruno Carvalhal")]
    [InlineData("es", "“¿Y los salarios, cuándo?”, le respondió Marta Ruiz Ortega, delegada del puerto.", "Marta Ruiz Ortega")]
    [InlineData("pt", "“E os salários, quando?”, lhe respondeu Joana Matos Pereira, delegada do porto.", "Joana Matos Pereira")]
    public void Extract_ObjectPronounThenVerbThenName_ThatName(string language, string paragraph, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, paragraph);

        Assert.Equal(speaker, analysis.Quotes.Single().Speaker);
    }

    [Theory]
    [InlineData("es", "“El tren llegará a tiempo”, dijo la ministra de Transportes, Elena Cifuentes Abad.", "Fuentes del ministerio aseguraron que “habrá más trenes en septiembre”.", "habrá más trenes")]
    [InlineData("pt", "“O trem chegará a tempo”, disse a ministra dos Transportes, Helena Cifuentes.", "Fontes do ministério afirmaram que “haverá mais trens em setembro”.", "haverá mais trens")]
    public void Extract_CapitalisedIndefiniteThatIsAlsoASurname_NoSpeaker(string language, string before, string paragraph, string quote)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, before, paragraph);

        Assert.Null(analysis.SpeakerOf(quote));
    }

    [Fact]
    public void Extract_RoleAfterAnonymousGroup_RoleHolder()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "“El tren llegará a tiempo”, dijo la ministra de Transportes, Elena Cifuentes Abad.",
            "Fuentes del ministerio aseguraron que “habrá más trenes en septiembre”.",
            "“No vamos a dar marcha atrás”, insistió la ministra.");

        Assert.Equal("Elena Cifuentes Abad", analysis.SpeakerOf("No vamos a dar"));
    }

    [Theory]
    [InlineData("es", "“El plan es insuficiente”, dijo el concejal Hernán Quintero.", "Un comerciante del centro, que pidió no ser identificado, relató: “Pago cada mes para poder abrir”.", "Pago cada mes")]
    [InlineData("fr", "« Le plan est insuffisant », a dit le conseiller Hervé Quentin.", "Un commerçant du centre, qui préfère rester anonyme, raconte : « Je paie chaque mois pour pouvoir ouvrir ».", "Je paie chaque mois")]
    [InlineData("pt", "“O plano é insuficiente”, disse o vereador Henrique Quintela.", "Um comerciante do centro, que pediu para não ser identificado, contou: “Pago todos os meses para poder abrir”.", "Pago todos os meses")]
    public void Extract_IndefiniteSubjectBeforeRelativeClause_NoSpeaker(string language, string before, string paragraph, string quote)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, before, paragraph);

        Assert.Null(analysis.SpeakerOf(quote));
    }

    [Theory]
    [InlineData("es", "“El plan es insuficiente”, dijo el concejal Hernán Quintero.", "Rosa Villalba Prieto, que preside la asociación de vecinos, relató: “Pago cada mes para poder abrir”.", "Pago cada mes", "Rosa Villalba Prieto")]
    [InlineData("fr", "« Le plan est insuffisant », a dit le conseiller Hervé Quentin.", "Rose Villeneuve, qui préside l'association des commerçants, raconte : « Je paie chaque mois pour pouvoir ouvrir ».", "Je paie chaque mois", "Rose Villeneuve")]
    public void Extract_NamedSubjectBeforeRelativeClause_ThatName(string language, string before, string paragraph, string quote, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, before, paragraph);

        Assert.Equal(speaker, analysis.SpeakerOf(quote));
    }

    [Theory]
    [InlineData("fr", "« Nous attendons de voir les affectations réelles », a indiqué son porte-parole, Julien Carrasco.", "Julien Carrasco")]
    [InlineData("es", "“Esperamos ver los destinos reales”, indicó su portavoz, Julián Carrascosa.", "Julián Carrascosa")]
    [InlineData("pt", "“Esperamos ver as colocações reais”, afirmou seu porta-voz, Júlio Carrasqueira.", "Júlio Carrasqueira")]
    public void Extract_PossessiveRoleThenName_ThatName(string language, string paragraph, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, "Le syndicat Gendarmes Unis reste prudent.", paragraph);

        Assert.Equal(speaker, analysis.Quotes.Single().Speaker);
    }

    [Fact]
    public void Extract_RoleGivenAfterOpeningPronoun_RoleHolderLater()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "«Il piano partirà entro l'estate». Lo ha dichiarato il ministro delle Infrastrutture, Corrado Bellandi, a margine di un convegno.",
            "Secondo il presidente dell'Associazione dei costruttori, Franco Sartori, «mancano le imprese».",
            "«È una sfida che vinceremo», ha replicato il ministro.");

        Assert.Equal("Corrado Bellandi", analysis.SpeakerOf("È una sfida"));
    }

    [Fact]
    public void Extract_PortugueseNameWithParticleDo_WholeName()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt",
            "Os moradores protestam contra o encerramento do centro de saúde. “Temos de ir a trinta quilómetros para ver um médico”, queixa-se Maria do Rosário Lopes, 71 anos.");

        Assert.Equal("Maria do Rosário Lopes", analysis.Quotes.Single().Speaker);
    }

    [Theory]
    [InlineData("it", "Il parroco, don Luigi Ferrante, ha aperto l'oratorio. Ha raccontato: «Ieri sera abbiamo servito duecento pasti».", "Tra i migranti c'è Amadou Diallo, 19 anni, partito dalla Guinea. «Voglio studiare e lavorare in Italia», dice.", "Voglio studiare", "Amadou Diallo")]
    [InlineData("fr", "Le curé, Louis Ferrand, a ouvert la salle paroissiale. Il a raconté : « Hier soir, nous avons servi deux cents repas ».", "Parmi les migrants, il y a Amadou Diallo, 19 ans, parti de Guinée. « Je veux étudier et travailler en France », dit-il.", "Je veux étudier", "Amadou Diallo")]
    public void Extract_NamePresentedThenDroppedOrPronounSubject_PresentedPerson(string language, string before, string paragraph, string quote, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, before, paragraph);

        Assert.Equal(speaker, analysis.SpeakerOf(quote));
    }

    [Theory]
    [InlineData("pt", "“Ninguém ficará sem resposta”, disse a ministra da Saúde, Teresa Valadão.", "Segundo a Administração Regional de Saúde, “a falta de médicos obriga a reorganizar os serviços”.", "a falta de médicos", "Administração Regional de Saúde")]
    [InlineData("es", "“Nadie quedará sin respuesta”, dijo la ministra de Salud, Teresa Valdés.", "Según la Dirección Regional de Salud, “la falta de médicos obliga a reorganizar los servicios”.", "la falta de médicos", "Dirección Regional de Salud")]
    public void Extract_AccordingToBodyOfCommonCapitalisedWords_ThatBody(string language, string before, string paragraph, string quote, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, before, paragraph);

        Assert.Equal(speaker, analysis.SpeakerOf(quote));
    }
}
