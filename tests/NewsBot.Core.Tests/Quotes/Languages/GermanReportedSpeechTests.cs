namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>German reported speech (Konjunktiv I) and `wie X schildert` beside a quote with no cue of its own. Invented people.</summary>
public sealed class GermanReportedSpeechTests
{
    [Fact]
    public void Extract_QuoteAfterASentenceInReportedSpeech_ThePersonReported()
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", "Jonas Weber sprach am Montag im Rathaus. Die Lage sei ernst, die Kassen seien leer. „Wir müssen jetzt bei allen Ausgaben sparen.“");

        Assert.Equal("Jonas Weber", analysis.SpeakerOf("Wir müssen"));
    }

    [Fact]
    public void Extract_ReportedSpeechAboutOnePersonClosedBySoAnother_TheSource()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Der Angeklagte Rüdiger Hanke schwieg. Staatsanwalt Oliver Tiedbrink blieb hart.",
            "Hanke habe 114 Kredite an erfundene Firmen vergeben, so Tiedbrink. „Das war kein Ausrutscher, das war Methode.“");

        Assert.Equal("Oliver Tiedbrink", analysis.SpeakerOf("Das war kein"));
    }

    [Fact]
    public void Extract_ReportedSpeechLeadingIntoTheQuote_ThePersonReported()
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", "Anke Vogel sprach am Montag im Hafen. Das werde noch dauern, „weil wir erst alle Pläne prüfen müssen“.");

        Assert.Equal("Anke Vogel", analysis.SpeakerOf("weil wir"));
    }

    [Fact]
    public void Extract_ReportedSpeechOpeningWithAPronounBeforeAColon_ThePersonThePronounFits()
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", "Anke Vogel leitete den Verband zehn Jahre.", "Sie habe mit dieser Zeit abgeschlossen: „Ich schaue nicht mehr zurück, das ist vorbei.“");

        Assert.Equal("Anke Vogel", analysis.SpeakerOf("Ich schaue"));
    }

    [Fact]
    public void Extract_ReportedSpeechOfAGroup_SpeakerIsNull()
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", "Jonas Weber leitet das Revier. Wir fragten die Beamten, ob sie viel zu tun hätten. „Nein, hier ist es seit Wochen ruhig.“");

        Assert.Null(analysis.SpeakerOf("Nein, hier"));
    }

    [Fact]
    public void Extract_QuoteAfterWieNameVerb_ThatSource()
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", "Paul Kramer leitet den Betrieb. Die Arbeit ist schwer geworden, wie Kramer schildert. „Wir haben keine Wahl mehr, ganz ehrlich.“");

        Assert.Equal("Paul Kramer", analysis.SpeakerOf("Wir haben"));
    }

    [Fact]
    public void Extract_ParagraphOfAQuoteAfterOneEndingInItsSource_ThatSource()
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", "Paul Kramer leitet den Betrieb. Die Arbeit ist schwer geworden, wie Kramer schildert.", "„Wir haben keine Wahl mehr, ganz ehrlich.“");

        Assert.Equal("Paul Kramer", analysis.SpeakerOf("Wir haben"));
    }

    [Fact]
    public void Extract_FirstPersonIndicativeLikeAReportedForm_SpeakerIsNull()
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", "Jonas Weber schrieb über die Zinsen. Dabei habe ich mir offen gelassen, „ob das auf lange Sicht auch so bleibt“.");

        Assert.Null(analysis.SpeakerOf("ob das"));
    }
}
