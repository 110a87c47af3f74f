namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>Spanish cues: inversion, dropped subjects, `según`, roles in apposition, `Y agregó:`. Invented people.</summary>
public sealed class SpanishTests
{
    [Theory]
    [InlineData("“El puerto seguirá abierto”, dijo Luis Romero.")]
    [InlineData("“El puerto seguirá abierto”, afirmó Luis Romero.")]
    [InlineData("“El puerto seguirá abierto”, ha asegurado Luis Romero.")]
    [InlineData("“El puerto seguirá abierto”, dijo el portavoz del partido, Luis Romero.")]
    [InlineData("Según Luis Romero, “el puerto seguirá abierto”.")]
    [InlineData("Luis Romero señaló que “el puerto seguirá abierto”.")]
    [InlineData("—El puerto seguirá abierto —dijo Luis Romero.")]
    [InlineData("“El puerto seguirá abierto”, complementó Luis Romero.")]
    [InlineData("“El puerto seguirá abierto”, respondió Luis Romero.")]
    [InlineData("“El puerto seguirá abierto”, insistió Luis Romero.")]
    [InlineData("“El puerto seguirá abierto”, resumió Luis Romero.")]
    [InlineData("“El puerto seguirá abierto”, consideraba Luis Romero.")]
    public void Extract_SpanishCue_AttributesTheQuote(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("es", sentence);

        Assert.Equal("Luis Romero", analysis.Quotes.Single(q => q.Text.Contains("seguirá abierto", StringComparison.Ordinal)).Speaker);
    }

    [Theory]
    [InlineData("“El puerto seguirá abierto”, afirmó.")]
    [InlineData("“El puerto seguirá abierto”, dijo él.")]
    [InlineData("Y agregó: “El puerto seguirá abierto”.")]
    public void Extract_DroppedOrPronounSubject_TheLastPersonNamed(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("es", "Luis Romero visitó el muelle el lunes con los pescadores.", sentence);

        Assert.Equal("Luis Romero", analysis.Quotes.Single(q => q.Text.Contains("seguirá abierto", StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void Extract_IndefiniteSource_SpeakerIsNull()
    {
        var analysis = ContinentalAttributionKit.ExtractIn("es", "“El puerto seguirá cerrado”, afirmó un integrante del Poder Ejecutivo a El Diario.");

        Assert.Null(analysis.SpeakerOf("El puerto"));
    }

    [Fact]
    public void Extract_DescriptionOfARoleGivenEarlier_TheRoleHolder()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "El fiscal general de Valdeluz, Luis Romero, visitó el muelle con los pescadores.",
            "Los pescadores pidieron más ayuda al gobierno regional.",
            "“El puerto seguirá abierto”, indicó el fiscal general.");

        Assert.Equal("Luis Romero", analysis.SpeakerOf("El puerto"));
    }

    [Fact]
    public void Extract_DroppedSubjectWithAnotherManNamedSince_SpeakerIsNull()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "Luis Romero visitó el muelle y habló largo rato con Pedro Salinas sobre la tormenta.", "“El puerto seguirá abierto”, afirmó.");

        Assert.Null(analysis.SpeakerOf("El puerto"));
    }

    [Theory]
    [InlineData("Juan Ferrandiz, investigador del instituto, reaccionó en la radio diciendo: “El puerto seguirá abierto”.", "Juan Ferrandiz")]
    [InlineData("El periodista Dmitri Kurbatov habló el lunes en Valdeluz. “El puerto seguirá abierto”, alertó Kurbátov.", "Dmitri Kurbatov")]
    [InlineData("La Asociación de Pescadores de Valdeluz (APV) advirtió que “el puerto seguirá abierto”.", "Asociación de Pescadores de Valdeluz")]
    public void Extract_SentenceInitialGivenNameAccentOrOrganisation_NamesTheSpeaker(string sentence, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("es", sentence);

        Assert.StartsWith(speaker, analysis.Quotes.Single(q => q.Text.Contains("seguirá abierto", StringComparison.Ordinal)).Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_NameAfterADescriptionOpeningANewClause_IsNotAnApposition()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "Según la hermana del pescador, Ana Lima estaba en el muelle aquella noche.", "“El puerto seguirá abierto”, dice la muchacha.");

        Assert.Null(analysis.SpeakerOf("El puerto"));
    }

    [Fact]
    public void Extract_DroppedSubjectWhoseReferentTheQuoteNames_Unattributed()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "Por eso Ana Ruiz perdió la paciencia con el canal.", "“Entonces le tira las llaves a Ana Ruiz y se va al programa”, complementó.");

        Assert.Null(analysis.SpeakerOf("Entonces le tira"));
    }
}
