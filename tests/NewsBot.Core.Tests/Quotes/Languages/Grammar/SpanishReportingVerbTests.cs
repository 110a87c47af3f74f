namespace NewsBot.Core.Tests.Quotes.Languages.Grammar;

/// <summary>The Spanish press's reporting verbs in every tense it uses, after the quote (inverted) and before it (colon lead). Invented people.</summary>
public sealed class SpanishReportingVerbTests
{
    public static TheoryData<string> Verbs => new(
        "dijo", "ha dicho", "había dicho", "dice", "decía", "afirmó", "ha afirmado", "afirma", "aseguró", "ha asegurado", "asegura",
        "señaló", "ha señalado", "señala", "explicó", "ha explicado", "explica", "añadió", "ha añadido", "añade", "advirtió",
        "ha advertido", "advierte", "indicó", "indica", "apuntó", "apunta", "sostuvo", "sostiene", "manifestó", "manifiesta",
        "recalcó", "recalca", "declaró", "agregó", "subrayó", "destacó", "precisó", "comentó", "reconoció", "admitió", "expresó",
        "enfatizó", "aclaró", "relató", "detalló", "puntualizó", "remarcó", "insistió", "concluyó", "contaba", "contó", "sostenía",
        "repitió", "terció", "ha repetido");

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Extract_VerbAfterTheQuoteThenName_TheNamedSpeaker(string verb)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("es", $"“El puerto seguirá abierto todo el invierno”, {verb} Luis Romero.");

        Assert.Equal("Luis Romero", analysis.SpeakerContaining("puerto seguirá"));
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Extract_NameThenVerbBeforeAColon_TheNamedSpeaker(string verb)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("es", $"Luis Romero {verb}: “El puerto seguirá abierto todo el invierno”.");

        Assert.Equal("Luis Romero", analysis.SpeakerContaining("puerto seguirá"));
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Extract_VerbWithDroppedSubject_TheManNamedBefore(string verb)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "Luis Romero visitó el muelle el lunes con los pescadores.", $"“El puerto seguirá abierto todo el invierno”, {verb}.");

        Assert.Equal("Luis Romero", analysis.SpeakerContaining("puerto seguirá"));
    }

    [Theory]
    [InlineData("“El puerto seguirá abierto todo el invierno”, le dijo Luis Romero a este diario.")]
    [InlineData("“El puerto seguirá abierto todo el invierno”, nos explicó Luis Romero.")]
    [InlineData("“El puerto seguirá abierto todo el invierno”, aseguró Luis Romero a la prensa local.")]
    [InlineData("“El puerto seguirá abierto todo el invierno”, dijo a los periodistas el alcalde, Luis Romero.")]
    [InlineData("Luis Romero les dijo a los vecinos que “el puerto seguirá abierto todo el invierno”.")]
    [InlineData("Luis Romero se mostró tranquilo: “El puerto seguirá abierto todo el invierno”.")]
    public void Extract_CliticOrIndirectObject_TheNamedSpeaker(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("es", sentence);

        Assert.Equal("Luis Romero", analysis.SpeakerContaining("puerto seguirá"));
    }

    [Theory]
    [InlineData("“El puerto seguirá abierto todo el invierno”, aseguró a Reuters Luis Romero.", "Luis Romero")]
    [InlineData("“El puerto seguirá abierto todo el invierno”, dijo a María José García.", null)]
    public void Extract_OutletThenNameAfterTheVerb_TheNameOnlyWhenTheRecipientIsNoPerson(string sentence, string? speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("es", sentence);

        Assert.Equal(speaker, analysis.SpeakerContaining("puerto seguirá"));
    }
}
