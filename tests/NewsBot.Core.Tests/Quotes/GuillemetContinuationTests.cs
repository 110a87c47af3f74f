using NewsBot.Core.Tests.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// A Spanish quote carried into the next paragraph reopens with a closing guillemet (`«… así.` then `»Si el río …», explicó X`):
/// both paragraphs are the quote, and both get its speaker. Invented people.
/// </summary>
public sealed class GuillemetContinuationTests
{
    [Fact]
    public void Extract_ParagraphReopenedWithAClosingGuillemet_BothPartsGetTheSpeaker()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "«Vivimos de la pesca desde hace tres generaciones. Nunca habíamos visto tantos peces muertos.",
            "»Si la laguna se muere, se muere el pueblo», explicó Ramiro Quintana Vélez, presidente de la cooperativa.");

        Assert.Equal("Ramiro Quintana Vélez", analysis.SpeakerOf("Si la laguna se muere"));
        Assert.Equal("Ramiro Quintana Vélez", analysis.SpeakerOf("Vivimos de la pesca"));
    }

    [Fact]
    public void Extract_ClosingGuillemetOpeningAParagraphAfterAClosedQuote_NoQuote()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "«Vivimos de la pesca», dijo Ramiro Quintana Vélez.",
            "»Nota de la redacción: el texto se actualizó a las nueve.");

        Assert.DoesNotContain(analysis.Quotes, q => q.Text.StartsWith("Nota de la", StringComparison.Ordinal));
    }
}
