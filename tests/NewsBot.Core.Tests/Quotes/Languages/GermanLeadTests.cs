namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>German leads that name a speaker without a verb of saying, and descriptions that name no person. Invented people.</summary>
public sealed class GermanLeadTests
{
    [Theory]
    [InlineData("Ernst Kaiser, Chef der Baufirma, blieb gelassen. Sein Fazit: „Wir liegen im Zeitplan und im Budget.“", "Ernst Kaiser")]
    [InlineData("Anke Vogel besuchte am Montag die Baustelle. Ihre knappe Antwort: „Wir liegen im Zeitplan und im Budget.“", "Anke Vogel")]
    public void Extract_PossessiveAndAThingBeforeTheColon_ThePossessor(string paragraph, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", paragraph);

        Assert.Equal(speaker, analysis.SpeakerOf("Wir liegen"));
    }

    [Fact]
    public void Extract_PossessiveAndAPersonBeforeTheColon_SpeakerIsNull()
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", "Ernst Kaiser, Chef der Baufirma, blieb gelassen. Sein Sprecher: „Wir liegen im Zeitplan und im Budget.“");

        Assert.Null(analysis.SpeakerOf("Wir liegen"));
    }

    [Fact]
    public void Extract_DescriptionThatIsNoPerson_DoesNotContinueTheLastSpeaker()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            "„Wir haben hier immer gern geschwiegen“, sagt Jonas Weber.",
            "Man redet wenig in Kleinfeld. „Wer schweigt, der streitet nicht mit seinen Nachbarn“, sagt der Volksmund.");

        Assert.Null(analysis.SpeakerOf("Wer schweigt"));
    }

    [Theory]
    [InlineData("Anke Vogel", "die Familien- und Frauenministerin")]
    [InlineData("Anke Vogel", "das Staatsoberhaupt")]
    [InlineData("Jonas Weber", "der Angeklagte")]
    public void Extract_DescriptionThatIsAPerson_ContinuesTheLastSpeaker(string speaker, string description)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de",
            $"„Wir haben hier immer gern geschwiegen“, sagte {speaker} am Montag.",
            $"„Wer schweigt, der streitet nicht mit seinen Nachbarn“, so {description}.");

        Assert.Equal(speaker, analysis.SpeakerOf("Wer schweigt"));
    }

    [Theory]
    [InlineData("Joso Brakemeil konstatiert: „Das Publikum ist mit den Jahren offener geworden.“", "Joso Brakemeil")]
    [InlineData("Quirlot erklärte seine Methode: „Das Publikum ist mit den Jahren offener geworden.“", "Quirlot")]
    public void Extract_UnknownNameRightBeforeTheVerb_ThatName(string paragraph, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("de", "Die Kleinkunstbühne in Wendorf feiert ihr Jubiläum.", paragraph);

        Assert.Equal(speaker, analysis.SpeakerOf("Das Publikum"));
    }

    [Fact]
    public void Extract_TwoUnknownWordsBeforeAColonWithoutVerb_SpeakerIsNull()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "de", "Die Kleinkunstbühne in Wendorf feiert ihr Jubiläum.", "Trockener Nachsatz: „Das Publikum ist mit den Jahren offener geworden.“");

        Assert.Null(analysis.SpeakerOf("Das Publikum"));
    }
}
