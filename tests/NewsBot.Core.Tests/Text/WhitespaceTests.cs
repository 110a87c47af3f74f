using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class WhitespaceTests
{
    [Theory]
    [InlineData("  Kelpwick\tferry \r\n\u00a0returns\u2003to  Dûnmere \n", "Kelpwick ferry returns to Dûnmere")]
    [InlineData("\u2028Harbourline\u0085Gazette\u3000", "Harbourline Gazette")]
    [InlineData("Already single spaced", "Already single spaced")]
    [InlineData(" \t\n ", "")]
    public void Collapse_RunsOfWhitespace_OneSpaceAndNoneAtTheEnds(string text, string expected) =>
        Assert.Equal(expected, Whitespace.Collapse(text));
}
