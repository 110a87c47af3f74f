namespace NewsBot.Core.Tests.Quotes.Languages.Grammar;

/// <summary>Spanish speakers referred back to: dropped subjects, pronouns, role nouns, surnames with particles and titles. Invented people.</summary>
public sealed class SpanishReferenceTests
{
    [Theory]
    [InlineData("“El puerto seguirá abierto todo el invierno”, añadió.")]
    [InlineData("“El puerto seguirá abierto todo el invierno”, dijo ella.")]
    [InlineData("Ella añadió: “El puerto seguirá abierto todo el invierno”.")]
    [InlineData("“El puerto seguirá abierto todo el invierno”, dijo la alcaldesa.")]
    [InlineData("“El puerto seguirá abierto todo el invierno”, ha señalado la regidora.")]
    [InlineData("La alcaldesa aseguró que “el puerto seguirá abierto todo el invierno”.")]
    [InlineData("“El puerto seguirá abierto todo el invierno”, recalcó Lima.")]
    [InlineData("“El puerto seguirá abierto todo el invierno”, recalcó la señora Lima.")]
    public void Extract_ReferenceToTheMayorNamedBefore_TheMayor(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "La alcaldesa de Valdeluz, Ana Lima, visitó el muelle el lunes con los pescadores.",
            "“Hemos perdido dos barcos y muchas redes”, dijo Lima a los periodistas.", sentence);

        Assert.Equal("Ana Lima", analysis.SpeakerContaining("puerto seguirá"));
    }

    [Fact]
    public void Extract_SecondQuoteOfATurnWithDroppedSubject_TheSameSpeaker()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "“Hemos perdido dos barcos y muchas redes”, dijo el ministro de Pesca, Luis Romero.",
            "El ministro recorrió luego la lonja con los armadores.", "“El puerto seguirá abierto todo el invierno”, añadió.");

        Assert.Equal("Luis Romero", analysis.SpeakerContaining("puerto seguirá"));
    }

    [Theory]
    [InlineData("“El puerto seguirá abierto todo el invierno”, dijo Ana de la Fuente.", "Ana de la Fuente")]
    [InlineData("“El puerto seguirá abierto todo el invierno”, dijo Marta de los Ríos.", "Marta de los Ríos")]
    [InlineData("“El puerto seguirá abierto todo el invierno”, aseguró a EFE Luis Romero.", "Luis Romero")]
    [InlineData("“El puerto seguirá abierto todo el invierno”, aseguró a TVL Luis Romero.", "Luis Romero")]
    [InlineData("‹El puerto seguirá abierto todo el invierno›, dijo Luis Romero.", "Luis Romero")]
    [InlineData("“El puerto seguirá abierto todo el invierno”, dijo Pedro del Valle.", "Pedro del Valle")]
    [InlineData("“El puerto seguirá abierto todo el invierno”, explicó el doctor Luis Romero.", "Luis Romero")]
    [InlineData("“El puerto seguirá abierto todo el invierno”, explicó la Dra. Ana Lima.", "Ana Lima")]
    [InlineData("“El puerto seguirá abierto todo el invierno”, explicó el Lic. Luis Romero.", "Luis Romero")]
    [InlineData("«El puerto seguirá abierto todo el invierno», dijo Luis Romero.", "Luis Romero")]
    [InlineData("—El puerto seguirá abierto todo el invierno —dijo Luis Romero—. No cerraremos ningún muelle.", "Luis Romero")]
    public void Extract_NameWithParticleTitleOrMarks_TheFullName(string sentence, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("es", sentence);

        Assert.Equal(speaker, analysis.SpeakerContaining("puerto seguirá"));
    }

    [Fact]
    public void Extract_ParticleSurnameAloneReferringBack_TheFullName()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es", "La alcaldesa de Valdeluz, Ana de la Fuente, visitó el muelle el lunes con los pescadores.",
            "“El puerto seguirá abierto todo el invierno”, recalcó De la Fuente.");

        Assert.Equal("Ana de la Fuente", analysis.SpeakerContaining("puerto seguirá"));
    }
}
