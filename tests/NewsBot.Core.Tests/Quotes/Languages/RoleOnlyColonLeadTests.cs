namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`Der Minister: „…“`: an article and a role before the colon is the role's holder speaking. Invented people.</summary>
public sealed class RoleOnlyColonLeadTests
{
    [Fact]
    public void Extract_ArticleAndRoleBeforeColon_NamesTheHolder()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de", "Finanzminister Georg Pfister stellte sich hinter seine Kollegin. Der Minister: „Das Geld ist da, es liegt bereit.“");

        Assert.Equal("Georg Pfister", analysis.SpeakerOf("Das Geld ist da"));
    }

    [Fact]
    public void Extract_DescriptionOfAThingBeforeColon_NamesNoOne()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de", "Finanzminister Georg Pfister legte den Bericht vor. Am Ende steht die Empfehlung: „Das Geld ist da, es liegt bereit.“");

        Assert.Null(analysis.SpeakerOf("Das Geld ist da"));
    }
}
