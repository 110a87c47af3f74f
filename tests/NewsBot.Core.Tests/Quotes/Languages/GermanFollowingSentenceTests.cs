namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// German wire copy that names the source in the sentence after the quote (`„…“ Das sagte X am Montag.`), with an ordinal
/// (`der 12. Hafenkonferenz`) or a bracketed abbreviation (`(HK12)`) inside the subject. Invented people.
/// </summary>
public sealed class GermanFollowingSentenceTests
{
    [Theory]
    [InlineData("„Der Hafen wird bis zum Sommer wieder geöffnet.“ Das sagte der Verkehrsminister Konrad Pelzig am Montag in Nordstadt.")]
    [InlineData("„Der Hafen wird bis zum Sommer wieder geöffnet.“ Dies betonte Konrad Pelzig zum Abschluss der Sitzung.")]
    [InlineData("„Der Hafen wird bis zum Sommer wieder geöffnet.“ Das sagte der Präsident der 12. Hafenkonferenz, Konrad Pelzig, am Montag.")]
    [InlineData("„Der Hafen wird bis zum Sommer wieder geöffnet.“ Das sagte der Präsident der Hafenkonferenz (HK12) und Verkehrsminister Konrad Pelzig am Montag.")]
    public void Extract_SourceNamedInTheSentenceAfterTheQuote_ThatSource(string paragraph)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", "Die Hafenkonferenz ging am Montag zu Ende.", paragraph);

        Assert.Equal("Konrad Pelzig", analysis.SpeakerOf("Der Hafen wird"));
    }

    [Fact]
    public void Extract_SentenceAfterTheQuoteAboutSomethingElse_Unattributed()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de", "Konrad Pelzig kam am Montag mit Marta Quast nach Nordstadt.", "„Der Hafen wird bis zum Sommer wieder geöffnet.“ Das Stadion bleibt bis Mai geschlossen.");

        Assert.Null(analysis.SpeakerOf("Der Hafen wird"));
    }
}
