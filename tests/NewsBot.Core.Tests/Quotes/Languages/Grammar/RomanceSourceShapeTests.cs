namespace NewsBot.Core.Tests.Quotes.Languages.Grammar;

/// <summary>Spanish, Portuguese and French sources named by a noun of speech (`las palabras de`) after a modal and a reporting infinitive (`quiso aclarar`) or after an adverbial (`dijo durante la sesión Ana Lima`). Invented people.</summary>
public sealed class RomanceSourceShapeTests
{
    [Theory]
    [InlineData("es", "“El puerto seguirá abierto todo el invierno”, fueron las palabras de Ana Lima.", "Ana Lima")]
    [InlineData("es", "Estas fueron las palabras de Ana Lima: “El puerto seguirá abierto todo el invierno”.", "Ana Lima")]
    [InlineData("es", "“El puerto seguirá abierto todo el invierno”, quiso aclarar Ana Lima.", "Ana Lima")]
    [InlineData("es", "“El puerto seguirá abierto todo el invierno”, se encargó de precisar Ana Lima.", "Ana Lima")]
    [InlineData("es", "“El puerto seguirá abierto todo el invierno”, dijo durante la sesión Ana Lima.", "Ana Lima")]
    [InlineData("es", "“El puerto seguirá abierto todo el invierno”, escribió en Twitter Ana Lima.", "Ana Lima")]
    [InlineData("pt", "“O porto vai continuar aberto todo o inverno”, fez questão de ressaltar João Costa.", "João Costa")]
    [InlineData("pt", "“O porto vai continuar aberto todo o inverno”, foram as palavras de João Costa.", "João Costa")]
    [InlineData("fr", "« Le port restera ouvert tout l’hiver », a tenu à préciser Marie Dupont.", "Marie Dupont")]
    public void Extract_SpeechNounOrModalVerb_TheNamedSpeaker(string language, string sentence, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, sentence);

        Assert.Equal(speaker, analysis.SpeakerContaining(language == "fr" ? "hiver" : "inv"));
    }
}
