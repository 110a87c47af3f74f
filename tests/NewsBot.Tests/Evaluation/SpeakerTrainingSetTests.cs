using System.Text.Json;
using NewsBot.Core.Quotes;
using NewsBot.Evaluation;

namespace NewsBot.Tests.Evaluation;

/// <summary>The ranker's training examples: matched quotes only, labelled by each corpus's own speaker metric.</summary>
public sealed class SpeakerTrainingSetTests
{
    [Fact]
    public void Read_NewsAdditionsTuneHalf_LabelsTheAnnotatedSpeakerAndWeighsIt()
    {
        using var set = new InventedNewsSet();
        set.WriteAdditions();

        var example = Assert.Single(SpeakerTrainingSet.Read(set.AdditionsPath, "tune", 3.0, new RuleBasedQuoteExtractor()));

        Assert.Equal(3.0, example.Weight);
        Assert.Equal(1, example.Right.Count(r => r));
    }

    [Fact]
    public void Read_PolnearLayout_SkipsPronounSpeakersAndOtherSplits()
    {
        const string text = "“The pier opens in May,” said Tove Aalund.\n\n“It will be late,” she said.";
        var path = Path.Combine(Path.GetTempPath(), "newsbot-speakers-" + Guid.NewGuid().ToString("N") + ".jsonl");
        try
        {
            File.WriteAllLines(path,
            [
                Article("a1", "train", text, ("The pier opens in May,", "Tove Aalund", false), ("It will be late,", "she", true)),
                Article("a2", "dev", text, ("The pier opens in May,", "Tove Aalund", false)),
            ]);

            var examples = SpeakerTrainingSet.Read(path, "train", 1.0, new RuleBasedQuoteExtractor()).ToList();

            var example = Assert.Single(examples);
            Assert.Contains(true, example.Right);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Article(string id, string split, string text, params (string Quote, string Speaker, bool Pronoun)[] quotes) =>
        JsonSerializer.Serialize(new
        {
            id,
            split,
            text,
            quotes = quotes.Select(q => new
            {
                quote = q.Quote,
                speaker = q.Speaker,
                start = text.IndexOf(q.Quote, StringComparison.Ordinal),
                end = text.IndexOf(q.Quote, StringComparison.Ordinal) + q.Quote.Length,
                type = "direct",
                speaker_pronoun = q.Pronoun,
            }),
        });
}
