using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>Quote marks newsrooms print beyond the common double quotes, and what between marks is no quote.</summary>
public sealed class QuoteMarkStyleTests
{
    [Fact]
    public void Extract_GermanSingleLowNinetyQuote_Found()
    {
        var analysis = Extract("Lena Brandt sagte: „Der Hafen wird vor dem ersten Sturm fertig sein.“");

        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal("Der Hafen wird vor dem ersten Sturm fertig sein.", quote.Text);
        Assert.Equal("Lena Brandt", quote.Speaker);
    }

    [Theory]
    [InlineData("Lena Brandt sagte: ‹Der Hafen wird vor dem ersten Sturm fertig sein.›")]
    [InlineData("Lena Brandt sagte: ›Der Hafen wird vor dem ersten Sturm fertig sein.‹")]
    [InlineData("Lena Brandt sagte: ‚Der Hafen wird vor dem ersten Sturm fertig sein.‘")]
    public void Extract_SingleGuillemetsAndLowSingleMarks_Found(string text)
    {
        var quote = Assert.Single(Extract(text).Quotes);

        Assert.Equal("Der Hafen wird vor dem ersten Sturm fertig sein.", quote.Text);
    }

    [Fact]
    public void Extract_NestedLowSingleInsideLowDouble_OneQuote()
    {
        var analysis = Extract("Lena Brandt sagte: „Die Leute rufen ‚Hafen auf‘ und wir hören sie, denn der Hafen ist für alle da.“");

        Assert.Equal("Die Leute rufen ‚Hafen auf‘ und wir hören sie, denn der Hafen ist für alle da.", Assert.Single(analysis.Quotes).Text);
    }

    [Fact]
    public void Extract_ApostrophesInsideGuillemets_DoNotBreakThePair()
    {
        var analysis = Extract("« L’équipe n’a pas dit qu’elle partirait aujourd’hui, et c’est l’essentiel pour nous », a déclaré Marie Dupont.");

        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal("L’équipe n’a pas dit qu’elle partirait aujourd’hui, et c’est l’essentiel pour nous", quote.Text);
        Assert.Equal("Marie Dupont", quote.Speaker);
    }

    [Theory]
    [InlineData("“The crane is here,” Ada Holm wrote. — Ada Holm (@adaholm) “March 9, 2026”", "March 9, 2026")]
    [InlineData("“The crane is here,” Ada Holm wrote. Follow the harbor office at “@harboroffice”.", "@harboroffice")]
    public void Extract_EmbeddedPostDetails_AreMentionsNotQuotes(string text, string mention)
    {
        var analysis = Extract(text);

        Assert.Contains(analysis.Mentions, m => m.Text == mention);
        Assert.DoesNotContain(analysis.Quotes, q => q.Text == mention);
    }

    [Fact]
    public void Extract_ShortAnswerWithSpeaker_IsAQuote()
    {
        var analysis = Extract("“Absolutely,” Tomas Okafor said when asked whether the ferry would run.");

        Assert.Equal("Tomas Okafor", Assert.Single(analysis.Quotes).Speaker);
        Assert.Empty(analysis.Mentions);
    }

    [Fact]
    public void Extract_ScareQuotePhrase_IsMention()
    {
        var analysis = Extract("The council called the plan a “binary choice” between two bad options.");

        Assert.Empty(analysis.Quotes);
        Assert.Equal("binary choice", Assert.Single(analysis.Mentions).Text);
    }

    [Theory]
    [InlineData("In ihrem Buch „Kleine Häfen im großen Sturm“ beschreibt Lena Brandt das Leben an der Küste.", "Kleine Häfen im großen Sturm")]
    [InlineData("Dans son livre « Le temps des marées basses » Claire Fontaine raconte la vie du port.", "Le temps des marées basses")]
    public void Extract_SentenceCaseTitleAfterANounForAWork_IsMention(string text, string title)
    {
        var analysis = Extract(text);

        Assert.Empty(analysis.Quotes);
        Assert.Equal(title, Assert.Single(analysis.Mentions).Text);
    }

    [Fact]
    public void Extract_TitleFollowedByItsPublisherAtTheParagraphEnd_IsMention()
    {
        var analysis = Extract("Die Stadt sucht seit Jahren nach einer Lösung für die Fähre.\n\nLena Brandt: „Kleine Häfen im großen Sturm – eine Geschichte über Ebbe und Flut“ (Verlag Nordlicht)");

        Assert.Empty(analysis.Quotes);
        Assert.Single(analysis.Mentions);
    }

    [Fact]
    public void Extract_SentenceAfterANounForAWork_StaysAQuote()
    {
        var analysis = Extract("Lena Brandt schreibt in ihrem Buch „Der Hafen wird vor dem ersten Sturm fertig sein.“");

        Assert.Equal("Der Hafen wird vor dem ersten Sturm fertig sein.", Assert.Single(analysis.Quotes).Text);
        Assert.Empty(analysis.Mentions);
    }
}
