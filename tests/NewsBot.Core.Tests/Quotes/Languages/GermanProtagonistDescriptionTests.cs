namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// `„…“, sagte der Bremer` a few sentences after the article last named its subject: German descriptions go on about the
/// person the article follows, unless someone new who fits came in since. Invented people.
/// </summary>
public sealed class GermanProtagonistDescriptionTests
{
    [Fact]
    public void Extract_DescriptionTwoSentencesAfterTheSubject_NamesThatSubject()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Jonas Kramer hat nach seiner Niederlage schnell wieder in die Spur gefunden. Elf Tage nach dem Aus gewann die deutsche Nummer zwei in Lyon gegen den Amerikaner Tom Baker.",
            "„Ich hoffe, dass ich morgen noch besser spiele“, sagte der Bremer.");

        Assert.Equal("Jonas Kramer", analysis.SpeakerOf("Ich hoffe, dass ich"));
    }

    [Fact]
    public void Extract_FeminineDescriptionAfterAnotherSentence_NamesTheWoman()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Die Ärztin Greta Lindner hat das Haus am Hafen gekauft. Seit dem Frühjahr wird dort gebaut, die Arbeiten dauern noch bis Herbst.",
            "„Wir wollen im Winter eröffnen“, sagte die Medizinerin.");

        Assert.Equal("Greta Lindner", analysis.SpeakerOf("Wir wollen im Winter"));
    }

    [Fact]
    public void Extract_SomeoneNewIntroducedSince_NamesNoOne()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Jonas Kramer hat nach seiner Niederlage schnell wieder in die Spur gefunden. Danach sprach ein Trainer aus Lyon mit den Reportern vor der Halle.",
            "„Ich hoffe, dass ich morgen noch besser spiele“, sagte der Bremer.");

        Assert.Null(analysis.SpeakerOf("Ich hoffe, dass ich"));
    }
}
