using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>`Sergeant Ana Holm of the Harbour Traffic Unit said:`: the person speaks, the body after `of the` is where they work.</summary>
public sealed class PersonOfTheBodyTests
{
    [Fact]
    public void Extract_NameOfTheBodyBeforeColon_ThePerson()
    {
        var analysis = Extract(Article(
            "The driver was banned for ten years.",
            "Outside court, Sergeant Ivo Pellham of the Marden Roads Policing Unit said: “Every driver who picks up a phone should think about this case.”"));

        Assert.Equal("Ivo Pellham", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_NameAtTheBodyAfterQuote_ThePerson()
    {
        var analysis = Extract(Article(
            "Shares in the group fell sharply on Thursday.",
            "“The volume number is worse than anyone modelled,” said analyst Corinna Vail at the Ostmark Research Institute."));

        Assert.Equal("Corinna Vail", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_BodyOfTheBodyBeforeVerb_TheBodyNotAPerson()
    {
        var analysis = Extract(Article(
            "The inquiry opened on Monday.",
            "The Marden Branch of the Harbour Drivers Union said: “Our members were never consulted about the new rota.”"));

        Assert.NotEqual("Marden Branch", Assert.Single(analysis.Quotes).Speaker);
    }
}
