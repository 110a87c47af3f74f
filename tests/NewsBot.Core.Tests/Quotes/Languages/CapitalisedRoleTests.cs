namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// A German role before a name is the noun phrase right before it, never the clause around it (`so CEO`, `ergebe für
/// Hafen-Manager`), and a phrase with no person noun is no role; invented people and outlets.
/// </summary>
public sealed class CapitalisedRoleTests
{
    [Theory]
    [InlineData("„Die Fähre kommt im Mai zurück“, so CEO Jonas Weber.", "CEO")]
    [InlineData("„Die Fähre kommt im Mai zurück“, sagte dazu Hafenbote-Geschäftsführer Jonas Weber.", "Hafenbote-Geschäftsführer")]
    [InlineData("„Die Fähre kommt im Mai zurück“, sagte der stellvertretende Vorsitzende des Aufsichtsrats Jonas Weber.", "stellvertretende Vorsitzende des Aufsichtsrats")]
    [InlineData("„Die Fähre kommt im Mai zurück“, sagte der Halder Linguist Jonas Weber.", "Halder Linguist")]
    public void Extract_RoleBeforeName_OnlyTheNounPhrase(string sentence, string role)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", sentence);

        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal("Jonas Weber", quote.Speaker);
        Assert.Equal(role, quote.SpeakerRole);
    }

    [Theory]
    [InlineData("„Die Fähre kommt im Mai zurück“, sagte in dessen Thema Jonas Weber.")]
    [InlineData("„Die Fähre kommt im Mai zurück“, sagte ausnahmsweise Herr Jonas Weber.")]
    public void Extract_NoPersonNounBeforeName_NoRole(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", sentence);

        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal("Jonas Weber", quote.Speaker);
        Assert.Null(quote.SpeakerRole);
    }

    [Fact]
    public void Extract_HyphenatedPersonWordAfterTheName_NamesThePersonIntroducedWithIt()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Der Nordpartei-Mann Jan Roth hielt dagegen. „Die Leute auf dem Land wollen diese Masten nicht vor ihrer Haustür“, sagte der Nordpartei-Mann.");

        Assert.Equal("Jan Roth", analysis.SpeakerOf("Die Leute"));
    }
}
