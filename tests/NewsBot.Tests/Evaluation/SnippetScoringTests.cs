using NewsBot.Evaluation;

namespace NewsBot.Tests.Evaluation;

/// <summary>trafilatura's count_item on invented snippets.</summary>
public sealed class SnippetScoringTests
{
    [Fact]
    public void Count_FoundMissingLeakedAndAbsentSnippets_FillTheMatrix()
    {
        var counts = SnippetScoring.Count(
            "The council voted.\n\nThe  ferry\tresumes on Monday.",
            ["ferry resumes on", "not in the text"],
            ["council voted", "Subscribe now"]);

        Assert.Equal(new SnippetCounts(1, 1, 1, 1), counts);
    }

    [Fact]
    public void Counts_Summed_ScoreOverTheTotals()
    {
        var total = new SnippetCounts(3, 1, 0, 2).Add(new SnippetCounts(1, 0, 4, 1));

        Assert.Equal(0.8, total.Precision, 6);
        Assert.Equal(0.5, total.Recall, 6);
        Assert.Equal(7.0 / 12, total.Accuracy, 6);
        Assert.Equal(8.0 / 13, total.F1, 6);
    }

    [Fact]
    public void Normalize_RunsOfWhitespace_BecomeOneSpaceAndEndsAreTrimmed() =>
        Assert.Equal("a b c", SnippetScoring.Normalize("  a\n\n b \u00a0c \t"));
}
