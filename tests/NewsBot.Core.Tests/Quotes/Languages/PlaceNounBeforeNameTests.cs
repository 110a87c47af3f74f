namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`no estádio Joaquim Lemos`, `rue Jean Moulin`: a place named after someone names no one in the story. Invented places.</summary>
public sealed class PlaceNounBeforeNameTests
{
    [Fact]
    public void Extract_PronounAfterAStadiumNamedAfterAPerson_TheSpeakerBefore()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt", "O goleiro Wellington Farias foi o melhor em campo no empate de domingo, no estádio Otaviano Queiroz.",
            "“Fiz o meu trabalho, o mérito é do grupo”, desabafou ele.");

        Assert.Equal("Wellington Farias", analysis.Quotes.Single().Speaker);
    }

    [Theory]
    [InlineData("fr", "Tout s'est joué rue Anselme Vardier, en fin de soirée.", "« C'était une soirée incroyable », a-t-il dit.", "Vardier")]
    [InlineData("pt", "Tudo aconteceu no estádio Otaviano Queiroz, no fim da noite.", "“Foi uma noite incrível”, disse ele.", "Queiroz")]
    [InlineData("es", "Todo ocurrió en el estadio Teodoro Ibarrola, al final de la noche.", "“Fue una noche increíble”, dijo él.", "Ibarrola")]
    public void Extract_PronounAfterOnlyAPlaceNamedAfterSomeone_NotThatName(string language, string first, string quote, string surname)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(language, first, quote);

        Assert.DoesNotContain(surname, analysis.Quotes.Single().Speaker ?? string.Empty, StringComparison.Ordinal);
    }
}
