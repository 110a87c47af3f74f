using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>A quote no cue attributes continues the previous speaker's turn, unless someone else takes it. Invented people.</summary>
public sealed class QuoteTurnTests
{
    private static readonly Attribution Vale = new("Mira Vale", null, true) { Source = AttributionSource.Cue };

    [Fact]
    public void Find_SecondQuoteOfTheParagraph_ContinuesTheTurnNotFromACue()
    {
        var turn = Turn("“The ferry runs at dawn,” Mira Vale said. “It returns at dusk.”", Vale);

        Assert.NotNull(turn);
        Assert.Equal("Mira Vale", turn.Speaker);
        Assert.False(turn.FromCue);
        Assert.Equal(AttributionSource.SameParagraphTurn, turn.Source);
    }

    [Fact]
    public void Find_SomeoneElseNamedInBetween_Null()
    {
        Assert.Null(Turn("“The ferry runs at dawn,” Mira Vale said. Tomas Brandt disagreed. “It returns at dusk.”", Vale));
    }

    [Fact]
    public void Find_QuoteOpeningTheNextParagraph_ContinuesAcrossTheBreak()
    {
        var turn = Turn(QuoteTestKit.Article("“The ferry runs at dawn,” Mira Vale said.", "“It returns at dusk.”"), Vale);

        Assert.NotNull(turn);
        Assert.Equal("Mira Vale", turn.Speaker);
        Assert.Equal(AttributionSource.NextParagraphTurn, turn.Source);
    }

    [Fact]
    public void Find_PreviousQuoteWithoutSpeaker_Null()
    {
        Assert.Null(Turn("“The ferry runs at dawn.” The harbour was quiet. “It returns at dusk.”", Attribution.None));
    }

    [Fact]
    public void Find_FirstQuote_Null()
    {
        var article = new ArticleParts("“The ferry runs at dawn,” Mira Vale said.");

        Assert.Null(QuoteTurn.Find(article.Text, article.Paragraphs, article.Segments, article.Names, [Attribution.None], 0, "en"));
    }

    [Fact]
    public void Find_SpeakerNamedAgainBeforeAQuoteParagraph_ResumesTheirTurn()
    {
        var text = QuoteTestKit.Article("“The ferry runs at dawn,” Mira Vale said.", "Mira Vale is upbeat about the harbour.", "“It returns at dusk.”");

        var turn = Turn(text, Vale);

        Assert.NotNull(turn);
        Assert.Equal("Mira Vale", turn.Speaker);
        Assert.False(turn.FromCue);
    }

    [Fact]
    public void Find_TurnOfAContinuedTurn_KeepsTheWeakerSource()
    {
        var resumed = Vale with { FromCue = false, Source = AttributionSource.ResumedTurn };

        var turn = Turn("“The ferry runs at dawn,” Mira Vale said. “It returns at dusk.”", resumed);

        Assert.NotNull(turn);
        Assert.Equal(AttributionSource.ResumedTurn, turn.Source);
    }

    private static Attribution? Turn(string text, Attribution first)
    {
        var article = new ArticleParts(text);
        Assert.Equal(2, article.Segments.Count);
        return QuoteTurn.Find(text, article.Paragraphs, article.Segments, article.Names, [first, Attribution.None], 1, "en");
    }
}
