namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>`Wer Jolande auf Twitter folgt, …`: a German interrogative opening a sentence is no part of the name after it. Invented people.</summary>
public sealed class GermanInterrogativeOpenerTests
{
    [Fact]
    public void Extract_GivenNameAfterSentenceOpeningWer_SpeakerWithoutWer()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Wer Jolande auf Twitter folgt, kennt ihre langen Listen über Bücher.",
            "Jolande kommentiert: „Das Ganze bekam eine erstaunliche Eigendynamik über mehrere Tage.“",
            "— Jolande Brenneis (@jbrenneis) 28. August 2018");

        Assert.DoesNotContain("Wer", analysis.SpeakerOf("Das Ganze bekam") ?? string.Empty, StringComparison.Ordinal);
    }
}
