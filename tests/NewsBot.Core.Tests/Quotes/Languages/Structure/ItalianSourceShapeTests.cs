namespace NewsBot.Core.Tests.Quotes.Languages.Structure;

/// <summary>Italian reporting shapes beyond the verb list: role sources (`secondo il sindaco`, `per l’assessore`), a dash before the speaker, present-tense verbs after a role noun, and an interviewer quoting the interviewee back with formal `lei`. Invented people and outlets.</summary>
public sealed class ItalianSourceShapeTests
{
    private const string Mayor = "Il sindaco di Roccaverde, Marco Bellini, ha visitato il molo lunedì con i pescatori.";

    public static TheoryData<string> RoleVerbs => new(
        "ha sottolineato", "ha ricordato", "ha rimarcato", "ha replicato", "ha risposto", "ha annunciato", "ha chiarito", "ha confermato",
        "ha insistito", "spiega", "racconta", "aggiunge", "precisa", "ricorda", "replica", "conferma", "prosegue", "insiste", "annuncia");

    [Theory]
    [MemberData(nameof(RoleVerbs))]
    public void Extract_VerbThenRoleNounOfThePersonNamedBefore_ThatPerson(string verb)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("it", Mayor, $"«I lavori partiranno subito», {verb} il sindaco.");

        Assert.Equal("Marco Bellini", analysis.SpeakerContaining("lavori partiranno"));
    }

    [Theory]
    [MemberData(nameof(RoleVerbs))]
    public void Extract_VerbWithDroppedSubjectAfterHisQuote_TheSameSpeaker(string verb)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it", "«Abbiamo perso due barche», ha detto Marco Bellini, sindaco di Roccaverde.", $"«I lavori partiranno subito», {verb}.");

        Assert.Equal("Marco Bellini", analysis.SpeakerContaining("lavori partiranno"));
    }

    [Theory]
    [InlineData("Secondo il sindaco, «i lavori partiranno subito».")]
    [InlineData("Secondo il primo cittadino, «i lavori partiranno subito».")]
    [InlineData("Per il sindaco «i lavori partiranno subito».")]
    [InlineData("«I lavori partiranno subito» — ha detto il sindaco.")]
    [InlineData("«I lavori partiranno subito» – spiega Bellini.")]
    public void Extract_RoleOrSurnameSourceAfterTheMayorWasNamed_TheMayor(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("it", Mayor, "Il comune ha stanziato due milioni di euro per il molo.", sentence);

        Assert.Equal("Marco Bellini", analysis.SpeakerContaining("lavori partiranno"));
    }

    [Theory]
    [InlineData("Per l’assessore «i lavori partiranno subito».")]
    [InlineData("Per l'assessore, «i lavori partiranno subito».")]
    [InlineData("Secondo l’assessore, «i lavori partiranno subito».")]
    public void Extract_ElidedRoleSourceAfterTheCouncillorWasNamed_TheCouncillor(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it", "L’assessore ai Lavori pubblici, Paolo Conti, ha presentato il progetto in consiglio.", sentence);

        Assert.Equal("Paolo Conti", analysis.SpeakerContaining("lavori partiranno"));
    }

    [Theory]
    [InlineData("«I lavori partiranno subito» — ha spiegato Marco Bellini.")]
    [InlineData("«I lavori partiranno subito» — dice Marco Bellini — «e finiranno in estate».")]
    public void Extract_DashBeforeTheSpeaker_TheNamedSpeaker(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("it", "Il comune ha stanziato due milioni di euro per il molo.", sentence);

        Assert.Equal("Marco Bellini", analysis.SpeakerContaining("lavori partiranno"));
    }

    [Theory]
    [InlineData("Queste le parole di Marco Bellini: «I lavori partiranno subito».")]
    [InlineData("Il commento del sindaco Marco Bellini: «I lavori partiranno subito».")]
    [InlineData("«I lavori partiranno subito», il commento di Marco Bellini.")]
    [InlineData("«I lavori partiranno subito», è il commento di Marco Bellini.")]
    [InlineData("«I lavori partiranno subito», le parole di Marco Bellini.")]
    [InlineData("«I lavori partiranno subito», lo sfogo di Marco Bellini.")]
    public void Extract_SpeechNounNamesTheSource_TheNamedSpeaker(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("it", "Il comune ha stanziato due milioni di euro per il molo.", sentence);

        Assert.Equal("Marco Bellini", analysis.SpeakerContaining("lavori partiranno"));
    }

    [Fact]
    public void Extract_SpeechNounInsideALongerLead_NotItsOwner()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it", "Giulia Ferri ha letto il commento di Marco Bellini e ha detto: «I lavori partiranno subito».");

        Assert.Equal("Giulia Ferri", analysis.SpeakerContaining("lavori partiranno"));
    }

    [Theory]
    [InlineData("«I lavori partiranno subito», ha tenuto a precisare Marco Bellini.")]
    [InlineData("«I lavori partiranno subito», ci tiene a sottolineare Marco Bellini.")]
    [InlineData("«I lavori partiranno subito», ha voluto ribadire Marco Bellini.")]
    [InlineData("Marco Bellini ha voluto ricordare: «I lavori partiranno subito».")]
    public void Extract_ModalBeforeAReportingInfinitive_TheNamedSpeaker(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("it", "Il comune ha stanziato due milioni di euro per il molo.", sentence);

        Assert.Equal("Marco Bellini", analysis.SpeakerContaining("lavori partiranno"));
    }

    [Theory]
    [InlineData("«I lavori partiranno subito», ha scritto su Facebook Marco Bellini.")]
    [InlineData("«I lavori partiranno subito», ha detto in conferenza stampa Marco Bellini.")]
    [InlineData("«I lavori partiranno subito», ha dichiarato a margine dell’incontro Marco Bellini.")]
    [InlineData("«I lavori partiranno subito», ha spiegato durante la seduta Marco Bellini, sindaco di Roccaverde.")]
    public void Extract_AdverbialBetweenVerbAndName_TheNamedSpeaker(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("it", "Il comune ha stanziato due milioni di euro per il molo.", sentence);

        Assert.Equal("Marco Bellini", analysis.SpeakerContaining("lavori partiranno"));
    }

    [Fact]
    public void Extract_RecipientNamedAfterTheVerb_NotTheSpeaker()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it", "Il comune ha stanziato due milioni di euro per il molo.", "«I lavori partiranno subito», ha detto al ministro Luca Bianchi.");

        Assert.NotEqual("Luca Bianchi", analysis.SpeakerContaining("lavori partiranno"));
    }
}
