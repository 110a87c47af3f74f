using NewsBot.Core.Quotes;
using NewsBot.Core.Quotes.Ranking;
using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes.Ranking;

/// <summary>The candidates and marks the article around a quote adds (issue #11), on invented articles.</summary>
public sealed class DiscourseCandidatesTests
{
    /// <summary>Only one person is named, three paragraphs before a quote no cue attributes.</summary>
    private static readonly string PierArticle = Article(
        "Harbour master Oskar Lindgren opened the new pier at Halvik on Monday.",
        "The pier cost four million crowns and took two years to build.",
        "Work on the coast road starts next spring.",
        "“We will reopen the harbour road by May, whatever the weather does.”");

    [Fact]
    public void SpeakerCandidates_PersonNamedThreeParagraphsBack_IsACandidateWithTheParagraphsSince()
    {
        var lindgren = Row(PierArticle, "Lindgren");

        Assert.Equal(1, Feature(lindgren, "named_earlier_only"));
        Assert.Equal(Math.Log(1 + 3) / 2, Feature(lindgren, "log_paragraphs_since_mention"), 9);
        Assert.Equal(0, Feature(lindgren, "mentioned_near"));
        Assert.Equal(1, Feature(lindgren, "only_person"));
    }

    [Fact]
    public void SpeakerCandidates_NextQuoteAttributed_ItsSpeakerIsACandidate()
    {
        var text = Article(
            "The ferry company met the council at Halvik on Monday.",
            "“Winter is the hard part of the year for every crew.”",
            "“We add two boats in June,” said Tomas Berg, the company's planner.");

        var berg = Row(text, "Berg");

        Assert.Equal(1, Feature(berg, "next_speaker"));
        Assert.Equal(0, Feature(berg, "previous_speaker"));
    }

    [Fact]
    public void Add_SpeakerQuotedInParagraphBefore_MarkedWithTheirShareOfQuotes()
    {
        var discourse = ArticleDiscourseTests.Discourse((0, "Tomas Berg"), (1, "Berg"), (2, null));
        List<RankingCandidate> candidates = [new("Tomas Berg")];

        DiscourseCandidates.Add(candidates, 2, 2, discourse, [], m => m.Text);

        var berg = Assert.Single(candidates);
        Assert.True(berg.SpokePreviousParagraph);
        Assert.Equal(1, berg.QuoteShare, 9);
        Assert.True(berg.MostQuoted);
        Assert.False(berg.OnlyPerson);
    }

    [Fact]
    public void SpeakerCandidates_TwoPersonsNamed_NeitherIsTheOnlyPerson()
    {
        var text = Article(
            "Tomas Berg and Maren Ostby met the council at Halvik on Monday.",
            "“Winter is the hard part of the year for every crew.”");

        var rows = Rows(text);

        Assert.Contains(rows, r => r.Speaker.EndsWith("Ostby", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Equal(0, Feature(r, "only_person")));
    }

    [Fact]
    public void SpeakerCandidates_ModelTrainedWithoutDiscourse_ListsNoOneNamedFurtherBack()
    {
        var rows = new RuleBasedQuoteExtractor().SpeakerCandidates(PierArticle);

        Assert.DoesNotContain(rows, r => r.Speaker.EndsWith("Lindgren", StringComparison.Ordinal));
    }

    private static List<SpeakerCandidateRow> Rows(string text) =>
        new RuleBasedQuoteExtractor { SpeakerModel = new SpeakerModel(SpeakerModel.Embedded.Weights, 0) { DiscourseCandidates = true } }.SpeakerCandidates(text).Where(r => r.QuoteText.StartsWith("Winter", StringComparison.Ordinal) || r.QuoteText.StartsWith("We will", StringComparison.Ordinal)).ToList();

    private static SpeakerCandidateRow Row(string text, string lastWord) =>
        Assert.Single(Rows(text), r => !r.IsRuleChoice && r.Speaker.EndsWith(lastWord, StringComparison.Ordinal));

    private static double Feature(SpeakerCandidateRow row, string name) => row.Features[SpeakerModel.FeatureNames.ToList().IndexOf(name)];
}
