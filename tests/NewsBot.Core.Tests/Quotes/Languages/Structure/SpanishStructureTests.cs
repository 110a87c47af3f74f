namespace NewsBot.Core.Tests.Quotes.Languages.Structure;

/// <summary>Spanish news passages of several paragraphs and people: who speaks, who is only told or named, and when to abstain. Invented people and outlets.</summary>
public sealed class SpanishStructureTests
{
    private const string Mayor = "La alcaldesa de Valdeluz, Ana Lima, visitó el muelle el lunes con los pescadores.";

    [Theory]
    [InlineData("“Las obras empezarán pronto”, añadió.")]
    [InlineData("“Las obras empezarán pronto”, explicó a los periodistas.")]
    [InlineData("“Las obras empezarán pronto”, dijo a Ana Ruiz, del Diario del Valle.")]
    [InlineData("“Las obras empezarán pronto”, dijo la alcaldesa.")]
    [InlineData("“Las obras empezarán pronto”, dijo Lima a Luis Romero.")]
    [InlineData("“Luis Romero tiene razón: las obras empezarán pronto”, dijo la alcaldesa.")]
    [InlineData("“He hablado con Luis Romero y las obras empezarán pronto”, dijo Lima.")]
    [InlineData("Para la alcaldesa, “las obras empezarán pronto”.")]
    public void Extract_MayorNamedBeforeThenAnotherParagraph_TheMayor(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", Mayor, "“Hemos perdido dos barcos”, dijo a los periodistas.", "El ayuntamiento destinó dos millones de euros al muelle.", sentence);

        Assert.Equal("Ana Lima", analysis.SpeakerContaining("obras empezarán"));
    }

    [Fact]
    public void Extract_NewSpeakerQuotedBetween_TheNewSpeakerContinues()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", Mayor, "“Hemos perdido dos barcos”, dijo a los periodistas.",
            "“El puerto no es seguro”, afirmó en cambio Luis Romero, presidente de la cofradía de pescadores.",
            "“Necesitamos redes nuevas”, añadió.");

        Assert.Equal("Luis Romero", analysis.SpeakerContaining("redes nuevas"));
    }

    [Fact]
    public void Extract_TwoPeopleThenDroppedSubject_NoSpeaker()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "La alcaldesa Ana Lima y el concejal Luis Romero visitaron el muelle el lunes.",
            "“Las obras empezarán pronto”, añadió.");

        Assert.Null(analysis.SpeakerContaining("obras empezarán"));
    }

    [Theory]
    [InlineData("“Las obras empezarán pronto”, dijo la alcaldesa.", "Ana Lima")]
    [InlineData("“Las obras empezarán pronto”, dijo el concejal.", "Luis Romero")]
    public void Extract_RoleNounWithTwoPeopleNamed_ThePersonOfThatRole(string sentence, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "La alcaldesa Ana Lima y el concejal Luis Romero visitaron el muelle el lunes.", sentence);

        Assert.Equal(speaker, analysis.SpeakerContaining("obras empezarán"));
    }

    [Fact]
    public void Extract_RoleNounSharedByTwoPeople_NoSpeaker()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "El concejal Luis Romero y el concejal Pedro Salas visitaron el muelle el lunes.",
            "“Las obras empezarán pronto”, dijo el concejal.");

        Assert.Null(analysis.SpeakerContaining("obras empezarán"));
    }

    [Theory]
    [InlineData("Según fuentes del ayuntamiento, “las obras empezarán pronto”.")]
    [InlineData("Según fuentes cercanas a la alcaldesa, “las obras empezarán pronto”.")]
    [InlineData("“Las obras empezarán pronto”, indicaron fuentes municipales.")]
    public void Extract_UnnamedSources_NoSpeaker(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("es", "El ayuntamiento destinó dos millones de euros al muelle.", sentence);

        Assert.Null(analysis.SpeakerContaining("obras empezarán"));
    }

    [Theory]
    [InlineData("“Las obras empezarán pronto”, dijo María José García Pérez, concejala de Obras.", "María José García Pérez")]
    [InlineData("La concejala María José García Pérez aseguró: “Las obras empezarán pronto”.", "María José García Pérez")]
    [InlineData("“Las obras empezarán pronto”, dijo el ministro de Pesca, Luis Romero, a Ana Ruiz.", "Luis Romero")]
    [InlineData("Luis Romero dijo a Ana Ruiz: “Las obras empezarán pronto”.", "Luis Romero")]
    [InlineData("Según el ministro de Pesca, Luis Romero, “las obras empezarán pronto”.", "Luis Romero")]
    public void Extract_SpeakerNamedInTheSentence_ThatSpeaker(string sentence, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("es", sentence);

        Assert.Equal(speaker, analysis.SpeakerContaining("obras empezarán"));
    }

    [Fact]
    public void Extract_DoubleSurnameReferredBackBySurname_TheFullName()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "La concejala de Obras, María José García Pérez, visitó el muelle el lunes.",
            "“Las obras empezarán pronto”, explicó García Pérez.");

        Assert.Equal("María José García Pérez", analysis.SpeakerContaining("obras empezarán"));
    }

    [Fact]
    public void Extract_DialogueDashesInAnInterview_TheIntervieweeAnswers()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "El ministro de Pesca, Luis Romero, habló con el Diario del Valle sobre el puerto.",
            "—Las obras empezarán pronto —dijo el ministro—. No cerraremos ningún muelle.");

        Assert.Equal("Luis Romero", analysis.SpeakerContaining("obras empezarán"));
    }

    [Theory]
    [InlineData("“Las obras empezarán pronto”, señaló el Ministerio de Pesca en un comunicado.")]
    [InlineData("El Ministerio de Pesca señaló que “las obras empezarán pronto”.")]
    public void Extract_BodyAsSpeaker_NoPersonNamedBefore(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("es", Mayor, sentence);

        Assert.NotEqual("Ana Lima", analysis.SpeakerContaining("obras empezarán"));
    }
}
