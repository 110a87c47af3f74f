namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>German colon leads whose subject stands after the verb or far from the colon. Invented people.</summary>
public sealed class GermanVerbSecondLeadTests
{
    [Theory]
    [InlineData("In seinen Ausführungen betonte Rektor Ignaz Kessler ausdrücklich die Bedeutung des Projekts: „Mit diesem Zentrum haben wir den Horizont deutlich erweitert.“", "Ignaz Kessler")]
    [InlineData("Auf Instagram meldete sich Ignaz Kessler wenig später zu Wort: „Mit diesem Zentrum haben wir den Horizont deutlich erweitert.“", "Ignaz Kessler")]
    public void Extract_PrepositionalPhraseThenVerbThenName_TheNameAfterTheVerb(string paragraph, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", paragraph);

        Assert.Equal(speaker, analysis.SpeakerOf("Mit diesem Zentrum"));
    }

    [Fact]
    public void Extract_PrepositionalPhraseThenVerbThenDescription_ThePersonGivenThatRole()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Die Sportlerin Marta Kern wird die Spiele verpassen. Die Entscheidung sei schwer, sagte der Trainer Max Stich.",
            "Auf Instagram meldete sich die Sportlerin wenig später zu Wort: „Keine Worte, keine Gefühle, pure Leere. Ist diese Welt wirklich so unfair?“");

        Assert.Equal("Marta Kern", analysis.SpeakerOf("Keine Worte"));
    }

    [Fact]
    public void Extract_ColonFarFromTheNameThatOpensTheSentence_ThatName()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Die Synode tagte am Montag in Bern und hörte viele Gäste an.",
            "Ignaz Kessler stellte in seinem Gruss an die Synodalen und Gäste den Dialog in den Mittelpunkt, der in der Ökumene gelebt werde: «Diese Bereitschaft einander zuzuhören ist das Fundament jeder Beziehung!»");

        Assert.Equal("Ignaz Kessler", analysis.SpeakerOf("Diese Bereitschaft"));
    }

    [Fact]
    public void Extract_PronounAfterAVerbSecondSentenceWithANumber_TheSubjectAfterTheVerb()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Am Freitag lief Jonas Brakel noch als Tempomacher, als Timo Lessing den Rekord des Kenianers Ole Farn jagte. Auf den ersten 1.500 Metern lief Brakel dabei an seine Bestzeit heran.",
            "„Vor zwei Wochen hätte ich mit dieser Zeit nicht gerechnet“, sagte er.");

        Assert.Equal("Jonas Brakel", analysis.SpeakerOf("Vor zwei Wochen"));
    }

    [Fact]
    public void Extract_OpeningPhraseWithANestedNameThenVerbThenPronoun_ThePronounsReferentNotTheNestedName()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Pfarrer Ignaz Kessler sprach am Sonntag vor der Gemeinde über die Zukunft der Predigt.",
            "In Anlehnung an den Philosophen Otto Brenner fragte er: „Wie findet die Predigt ihren Weg zu den Menschen?“");

        Assert.Equal("Ignaz Kessler", analysis.SpeakerOf("Wie findet die Predigt"));
    }

    [Fact]
    public void Extract_OpeningPhraseWithANestedPhraseThenVerbThenName_TheNameAfterTheVerb()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Bei der Ehrung der Sportlerin Marta Kern betonte Bürgermeister Max Stich: „Diese Stadt ist stolz auf ihre Athletin.“");

        Assert.Equal("Max Stich", analysis.SpeakerOf("Diese Stadt ist stolz"));
    }

    [Fact]
    public void Extract_PronounThenJudgingVerbThenGroupObject_TheManThePronounMeans()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Bürgermeister Hauke Brodersen sprach im Rat. Er lobte die Helfer: „Ohne die Freiwilligen wäre der Deich nicht gehalten worden.“");

        Assert.Equal("Hauke Brodersen", analysis.SpeakerOf("Ohne die Freiwilligen"));
    }

    [Fact]
    public void Extract_AdverbThenVerbThenGroup_StillNoOne()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "Bürgermeister Hauke Brodersen sprach im Rat. Danach lobten die Helfer: „Ohne die Freiwilligen wäre der Deich nicht gehalten worden.“");

        Assert.NotEqual("Hauke Brodersen", analysis.SpeakerOf("Ohne die Freiwilligen"));
    }
}
