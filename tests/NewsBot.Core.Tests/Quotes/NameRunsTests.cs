using NewsBot.Core.Tests.Quotes.Languages;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>`Rosália das Neves Pimenta`: the Portuguese particle `das` keeps a name whole, as `da`, `do` and `dos` do. Invented people.</summary>
public sealed class NameRunsTests
{
    [Theory]
    [InlineData("A professora Rosália das Neves Pimenta chega à escola antes do sol.", "Rosália das Neves Pimenta")]
    public void Extract_NameWithAPluralParticle_TheWholeName(string before, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("pt", before, "— Aqui ninguém desiste de criança nenhuma — disse ela.");

        Assert.Equal(speaker, analysis.SpeakerContaining("ninguém desiste"));
    }

    [Fact]
    public void Extract_GermanGenitiveDerAfterAGivenNameLikeWord_JoinsNoName()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Einer der Rückkehrer ist Mittelfeldspieler Jannik Obermeyer. Der 29-Jährige hatte fast ein Jahr gefehlt.",
            "„Ich habe jeden Tag für diesen Moment im Hafenstadion gearbeitet“, sagte der 29-Jährige.");

        Assert.Equal("Jannik Obermeyer", analysis.SpeakerOf("Ich habe jeden Tag"));
    }

    [Fact]
    public void Extract_VonDerInsideAGermanName_KeepsTheNameWhole()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Die Hafenmeisterin Ursula von der Kampen warnte am Montag vor dem nächsten Sturm.",
            "„Die Mole hält keinen zweiten Winter wie diesen aus“, sagte sie.");

        Assert.Equal("Ursula von der Kampen", analysis.SpeakerOf("Die Mole"));
    }
}
