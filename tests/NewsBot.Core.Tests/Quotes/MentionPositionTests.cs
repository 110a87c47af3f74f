using NewsBot.Core.Quotes;
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

    [Fact]
    public void Extract_PronounAfterToldTheOutlet_SkipsTheOutlet()
    {
        var analysis = Extract(Article(
            "The harbour has been run by Mara Velt for a decade.",
            "Last year she told The Bell about the pier. “I never wanted to leave the pier at all,” she said."));

        Assert.Equal("Mara Velt", Assert.Single(analysis.Quotes).Speaker);
    }

    [Fact]
    public void Build_NameOwningTheNounAfterIt_NoSubjectOfThatNoun()
    {
        const string Text = "The mayor pointed to radio host Jeanine Brask’s comments on the harbour.";

        var names = NameIndex.Build(Text, WordTokenizer.Tokenize(Text, 0, Text.Length), []);

        Assert.False(Assert.Single(names.Mentions, m => m.Text == "Jeanine Brask").SubjectOfReportingVerb);
    }

    [Fact]
    public void Extract_PronounWhoseParagraphOpensWithSubjectOfOtherGender_NoWomanFromParagraphBefore()
    {
        // The lexicon gives `Omar` as a man's given name; the paragraph is about Omar, so the woman named before is a guess.
        var analysis = Extract(Article(
            "The harbour trial ended on Monday.",
            "Rep. Adela Quist shortly after the arrest linked the case to radio host Jeanine Brask’s comments on the harbour.",
            "Omar asked for compassion in a letter posted online, saying she did not think a long sentence would help. She added, \"We must teach the defendant kindness.\""));

        Assert.Null(Assert.Single(analysis.Quotes).Speaker);
    }
}
