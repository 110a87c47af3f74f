using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>A role reads the same however the sentence capitalised it: role words in lower case, bodies and nationalities capitalised.</summary>
public sealed class RoleCapitalisationTests
{
    [Theory]
    [InlineData("Northfield Harbour Authority Spokesperson", "Northfield Harbour Authority spokesperson")]
    [InlineData("Senate Majority Leader", "Senate majority leader")]
    [InlineData("Chief Operating Officer at Acme", "chief operating officer at Acme")]
    [InlineData("Chair of the Northfield Rowing Club", "chair of the Northfield Rowing Club")]
    [InlineData("Transport Secretary", "transport secretary")]
    [InlineData("swedish ambassador", "Swedish ambassador")]
    [InlineData("Acme's chief economist", "Acme's chief economist")]
    [InlineData("Labour MP for Northfield", "Labour MP for Northfield")]
    [InlineData("CEO", "CEO")]
    public void Normalise_RoleAsWritten_ConsistentCapitals(string written, string expected)
    {
        Assert.Equal(expected, RoleCapitalisation.Normalise(written));
    }

    [Fact]
    public void Normalise_NoRole_Null()
    {
        Assert.Null(RoleCapitalisation.Normalise(null));
    }
}
