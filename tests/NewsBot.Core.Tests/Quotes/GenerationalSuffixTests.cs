using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>`James P. Kennedy Jr.`, then `Kennedy said`: the surname sits before the generational suffix.</summary>
public sealed class GenerationalSuffixTests
{
    [Theory]
    [InlineData("Martin R. Osgood Jr.")]
    [InlineData("Martin Osgood Sr.")]
    [InlineData("Martin Osgood III")]
    public void Extract_BareSurnameAfterNameWithSuffix_ExpandsToFullName(string fullName)
    {
        var analysis = Extract(Article(
            "Man admits threats against lawmaker",
            $"{fullName}, the prosecutor for the Northern District, said the case shows that speech carries duties.",
            "“The right to free speech carries with it the duty not to threaten anyone,” Osgood said in a statement."));

        Assert.Equal(fullName, analysis.QuoteStarting("The right to free").Speaker);
    }
}
