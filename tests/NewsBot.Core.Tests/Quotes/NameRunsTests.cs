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
}
