using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>`Cllr Ivo Brand (Lab, Weston North) said … “…,” he said`: the ward in parentheses is no reporting verb's subject.</summary>
public sealed class ParentheticalAffiliationTests
{
    [Fact]
    public void Extract_PronounAfterWardInParentheses_Councillor()
    {
        var analysis = Extract(Article(
            "Members of Ashcombe Borough Council's planning committee met on Tuesday evening.",
            "Cllr Ivo Brand (Lab, Weston North) said the scheme would bring traffic onto the estate. “We are moving the problem, not solving it,” he said."));

        Assert.Equal("Ivo Brand", analysis.QuoteStarting("We are moving").Speaker);
    }
}
