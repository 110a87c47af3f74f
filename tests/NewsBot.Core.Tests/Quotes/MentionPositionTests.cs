using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// A name that heard the words (`she told Lena Brask`, `said to Lena Brask`) or one that only qualifies a noun (`a Jenny
/// Marsh diet spokeswoman`) is not who a later `she said` means; invented articles.
/// </summary>
public sealed class MentionPositionTests
{
    [Fact]
    public void Extract_PronounAfterToldSomeone_SkipsTheAddressee()
    {
        var analysis = Extract(Article(
            "The harbour has been run by Mara Velt for a decade.",
            "Last year she told Lena Brask about the pier. “I never wanted to leave the pier at all,” she said."));

        Assert.Equal("Mara Velt", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_PronounAfterSaidToSomeone_SkipsTheAddressee()
    {
        var analysis = Extract(Article(
            "The harbour has been run by Mara Velt for a decade.",
            "Last year she spoke to Lena Brask about the pier. “I never wanted to leave the pier at all,” she said."));

        Assert.Equal("Mara Velt", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_PronounAfterNameQualifyingANoun_SkipsTheModifier()
    {
        var analysis = Extract(Article(
            "The harbour has been run by Mara Velt for a decade.",
            "Last year she became a Jenny Marsh diet spokeswoman. “I lost twenty pounds in a single year,” she said."));

        Assert.Equal("Mara Velt", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Extract_PronounAfterAskedSomeone_TheOneAskedAnswers()
    {
        var analysis = Extract(Article(
            "The harbour has been run by Mara Velt for a decade.",
            "A reporter asked Lena Brask, “Will the pier reopen?”",
            "“The pier will reopen in spring,” she said."));

        Assert.Equal("Lena Brask", analysis.QuoteStarting("The pier will").Speaker);
    }
}
