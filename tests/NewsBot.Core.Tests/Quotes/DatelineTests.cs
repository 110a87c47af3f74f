using NewsBot.Core.Quotes;
using NewsBot.Core.Tests.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>A wire story's dateline before its first sentence (`VALBOURG – Le …`). Invented places and people.</summary>
public sealed class DatelineTests
{
    [Theory]
    [InlineData("VALBOURG –", true)]
    [InlineData("VALBOURG (AFP) —", true)]
    [InlineData("la candidate –", false)]
    [InlineData("Valbourg –", false)]
    [InlineData("VALBOURG", false)]
    public void EndsAt_TextBeforeAWord_TrueOnlyForCapitalPlaceAndDash(string before, bool expected)
    {
        Assert.Equal(expected, Dateline.EndsAt(before));
    }

    [Fact]
    public void Extract_ArticleAfterADateline_OpensTheSentenceNotASurname()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr",
            "CLERMONT – Le Lyonnais Marc Dubois a battu le Belge Tom Vercauteren en trois sets dimanche en finale du tournoi de Clermont.",
            "« C’était un match très dur, je suis fier de mon équipe », a déclaré le Lyonnais après la finale.",
            "Vercauteren, lui, restait déçu. « J’ai manqué trop d’occasions au deuxième set », a regretté le Belge.");

        Assert.Equal("Marc Dubois", analysis.SpeakerContaining("très dur"));
    }
}
