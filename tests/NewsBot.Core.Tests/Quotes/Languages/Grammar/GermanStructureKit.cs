namespace NewsBot.Core.Tests.Quotes.Languages.Grammar;

/// <summary>Invented German passages written as paragraphs joined by " | ", read after the kit's German opening.</summary>
internal static class GermanStructureKit
{
    public static string? SpeakerIn(string passage, string fragment) =>
        ContinentalAttributionKit.ExtractIn("de", passage.Split(" | ", StringSplitOptions.TrimEntries)).SpeakerContaining(fragment);
}
