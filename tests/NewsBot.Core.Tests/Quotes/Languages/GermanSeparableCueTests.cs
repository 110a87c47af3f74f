namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// `„…“, ließ Weber mitteilen.` (a separable verb's infinitive after `ließ`) and `„…“ Mit diesen Worten reagierte Weber …`
/// (the wire's sentence after the quote). Invented people.
/// </summary>
public sealed class GermanSeparableCueTests
{
    [Theory]
    [InlineData("„Der Plan ist zu teuer für die kleine Stadt“, ließ Dieter Wallmann mitteilen.")]
    [InlineData("„Der Plan ist zu teuer für die kleine Stadt“, ließ Dieter Wallmann verlauten.")]
    [InlineData("„Der Plan ist zu teuer für die kleine Stadt.“ Mit diesen Worten reagierte Dieter Wallmann auf die Kritik.")]
    public void Extract_SourceAfterTheQuote_ThatSource(string paragraph)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de", "Frieda Lohse hatte den Plan am Montag verteidigt.", paragraph, "Die Sitzung endete am Abend.");

        Assert.Equal("Dieter Wallmann", analysis.SpeakerOf("Der Plan ist"));
    }
}
