using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>What sits between quotation marks but is no one's words: titles, scare quotes, post details. Invented text.</summary>
public sealed class QuotedMentionTests
{
    [Theory]
    [InlineData("binary choice")]
    [InlineData("@miravale")]
    [InlineData("March 3, 2026")]
    public void IsMention_ScareQuoteOrPostDetail_True(string quote)
    {
        Assert.True(QuotedMention.IsMention(quote, attributedOnTheSpot: false, hasSpeaker: false));
    }

    [Fact]
    public void IsMention_AttributedSentence_False()
    {
        Assert.False(QuotedMention.IsMention("The ferry runs at dawn and returns at dusk.", attributedOnTheSpot: true, hasSpeaker: true));
    }

    [Fact]
    public void IsMention_TitleCaseAfterOn_TrueEvenWhenAttributed()
    {
        Assert.True(QuotedMention.IsMention("Meet the Harbour", attributedOnTheSpot: true, hasSpeaker: true, wordBefore: "on"));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void IsMention_OneWordSentence_AnAnswerOnlyWithASpeaker(bool hasSpeaker, bool expected)
    {
        Assert.Equal(expected, QuotedMention.IsMention("Absolutely.", attributedOnTheSpot: false, hasSpeaker: hasSpeaker));
    }
}
