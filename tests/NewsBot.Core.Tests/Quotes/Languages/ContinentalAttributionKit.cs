using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>Invented articles in one language: a first paragraph of ordinary prose (so the language is told), then the test's paragraphs.</summary>
internal static class ContinentalAttributionKit
{
    private static readonly Dictionary<string, string> Openings = new(StringComparer.Ordinal)
    {
        ["en"] = "The harbour at Eastfield has been closed since the storm, and the town is looking for a way to run the ferry again.",
        ["de"] = "Der Hafen von Kleinfeld ist seit dem Sturm geschlossen, und die Stadt sucht nach einer Lösung für die Fähre.",
        ["fr"] = "Le port de Valbourg est fermé depuis la tempête, et la ville cherche une solution pour le bac et les habitants.",
        ["es"] = "El puerto de Valdeluz está cerrado desde la tormenta, y la ciudad busca una solución para el transbordador.",
        ["it"] = "Il porto di Roccaverde è chiuso dalla tempesta, e la città cerca una soluzione per il traghetto e per gli abitanti.",
        ["pt"] = "O porto de Vilamar está fechado desde a tempestade, e a cidade procura uma solução para a balsa e os moradores.",
    };

    public static QuoteAnalysis ExtractIn(string language, params string[] paragraphs) =>
        QuoteTestKit.Extract(QuoteTestKit.Article([Openings[language], .. paragraphs]));

    public static string? SpeakerOf(this QuoteAnalysis analysis, string opening) =>
        analysis.Quotes.Concat(analysis.Mentions).Single(q => q.Text.StartsWith(opening, StringComparison.Ordinal)).Speaker;

    /// <summary>The speaker of the one quote holding the fragment, whether the quote opens a sentence or continues one.</summary>
    public static string? SpeakerContaining(this QuoteAnalysis analysis, string fragment) =>
        analysis.Quotes.Concat(analysis.Mentions).Single(q => q.Text.Contains(fragment, StringComparison.Ordinal)).Speaker;
}
