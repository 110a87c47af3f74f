namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// `Betim (MG)`: a state code in brackets after a place is no body that `a empresa` could stand for, while a name right after a
/// company noun (`a montadora Aurora Veículos`) is the body it does. Invented companies.
/// </summary>
public sealed class BracketedRegionCodeTests
{
    [Fact]
    public void Extract_CompanyNounBeforeNameThenStateCode_TheCompanyNotTheState()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt", "A montadora Aurora Veículos vai parar a fábrica de Betim (MG) por vinte dias. Em nota, a empresa afirmou que a medida “é necessária para ajustar os estoques”.");

        Assert.Equal("Aurora Veículos", analysis.SpeakerContaining("ajustar os estoques"));
    }

    [Fact]
    public void Extract_OnlyAStateCodeBeforeTheCompanyNoun_NotTheState()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt", "A fábrica de Betim (MG) vai parar por vinte dias. Em nota, a empresa afirmou que a medida “é necessária para ajustar os estoques”.");

        Assert.NotEqual("MG", analysis.SpeakerContaining("ajustar os estoques"));
    }
}
