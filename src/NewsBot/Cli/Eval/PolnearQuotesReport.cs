using System.Globalization;
using NewsBot.Core.Quotes;
using NewsBot.Evaluation;

namespace NewsBot.Cli.Eval;

/// <summary><c>eval quotes</c> on PolNeAR: score_quotes.py's line, the counts, then the speaker rates right / wrong / none.</summary>
internal static class PolnearQuotesReport
{
    public static async Task RunAsync(TextWriter output, IReadOnlyList<string> paths, EvalQuotesSettings settings, IQuoteExtractor extractor, CancellationToken ct)
    {
        if (settings.ExportPath is not null)
            throw new UsageException("--export is for the news set; PolNeAR files already hold their text");
        var lines = new List<string>();
        Action<string, string>? log = settings.Mistakes ? (id, line) => lines.Add($"{id}\t{line}") : null;
        var scorer = await Task.Run(() => QuoteEvaluation.Run(paths, settings.Split, settings.Language, settings.Max, extractor, log), ct);
        foreach (var line in lines)
            await output.WriteLineAsync(line);
        await output.WriteLineAsync(
            $"P={F(scorer.Precision)} R={F(scorer.Recall)} F1={F(scorer.F1)} speaker_acc={F(scorer.SpeakerAccuracy)} articles={scorer.Articles}");
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"tp={scorer.TruePositives} fp={scorer.FalsePositives} fn={scorer.FalseNegatives} speakers={scorer.SpeakersCorrect}/{scorer.SpeakersScored}"));
        var scored = (double)Math.Max(1, scorer.SpeakersScored);
        await output.WriteLineAsync(
            $"speakers right={F(scorer.SpeakerAccuracy)} wrong={F(scorer.SpeakersWrong / scored)} none={F(scorer.SpeakersAbstained / scored)} (of {scorer.SpeakersScored} matched quotes with a named speaker)");
    }

    private static string F(double value) => PythonFormat.Fixed3(value);
}
