using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>Dialogue dashes mark speech only when an attribution follows; invented text.</summary>
public sealed class DialogueDashTests
{
    [Fact]
    public void Extract_DialogueLineWithAttribution_SpeechBeforeAndAfterAreQuotes()
    {
        var analysis = Extract(Article(
            "El puerto de Valdeluz está cerrado desde la tormenta y la ciudad busca una solución.",
            "—El puerto seguirá abierto todo el invierno —dijo Luis Romero—. Lo prometo."));

        Assert.Equal(["El puerto seguirá abierto todo el invierno", "Lo prometo."], analysis.Quotes.Select(q => q.Text));
        Assert.All(analysis.Quotes, q => Assert.Equal("Luis Romero", q.Speaker));
    }

    [Theory]
    [InlineData("— Ada Holm, harbour master")]
    [InlineData("—A list item without any attribution at all")]
    public void Extract_DashWithoutAttribution_NoQuote(string paragraph)
    {
        var analysis = Extract(Article("The harbour reopened on Monday after the storm.", paragraph));

        Assert.Empty(analysis.Quotes);
    }
}
