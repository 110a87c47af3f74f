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
}
