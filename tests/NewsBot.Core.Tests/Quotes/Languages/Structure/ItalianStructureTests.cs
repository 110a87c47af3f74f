namespace NewsBot.Core.Tests.Quotes.Languages.Structure;

/// <summary>Italian news passages of several paragraphs and people: who speaks, who is only told or named, and when to abstain. Invented people and outlets.</summary>
public sealed class ItalianStructureTests
{
    private const string Mayor = "Il sindaco di Roccaverde, Marco Bellini, ha visitato il molo lunedì con i pescatori.";

    [Theory]
    [InlineData("«I lavori partiranno subito», ha aggiunto.")]
    [InlineData("«I lavori partiranno subito», ha spiegato ai cronisti.")]
    [InlineData("«I lavori partiranno subito», ha detto a Luca Bianchi.")]
    [InlineData("«I lavori partiranno subito», ha detto il sindaco.")]
    [InlineData("«I lavori partiranno subito», ha detto il primo cittadino ai giornalisti.")]
    [InlineData("«I lavori partiranno subito». Così il sindaco, che ha poi lasciato il molo.")]
    [InlineData("Per il sindaco, «i lavori partiranno subito».")]
    [InlineData("«I lavori partiranno subito», ha detto Bellini a Luca Bianchi del Corriere di Roccaverde.")]
    [InlineData("«Luca Bianchi ha ragione: i lavori partiranno subito», ha detto il sindaco.")]
    [InlineData("«Ho parlato con Giulia Ferri e i lavori partiranno subito», ha detto Bellini.")]
    public void Extract_MayorNamedBeforeThenAnotherParagraph_TheMayor(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it", Mayor, "«Abbiamo perso due barche», ha detto ai giornalisti.", "Il comune ha stanziato due milioni di euro per il molo.", sentence);

        Assert.Equal("Marco Bellini", analysis.SpeakerContaining("lavori partiranno"));
    }

    [Fact]
    public void Extract_NewSpeakerQuotedBetween_TheNewSpeakerContinues()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it", Mayor, "«Abbiamo perso due barche», ha detto ai giornalisti.",
            "«Il porto non è sicuro», ha detto invece Giulia Ferri, presidente della cooperativa dei pescatori.",
            "«Servono nuove reti», ha aggiunto.");

        Assert.Equal("Giulia Ferri", analysis.SpeakerContaining("nuove reti"));
    }

    [Fact]
    public void Extract_TwoPeopleThenDroppedSubject_NoSpeaker()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it", "Il sindaco Marco Bellini e l’assessore Paolo Conti hanno visitato il molo lunedì.",
            "«I lavori partiranno subito», ha aggiunto.");

        Assert.Null(analysis.SpeakerContaining("lavori partiranno"));
    }

    [Theory]
    [InlineData("«I lavori partiranno subito», ha detto il sindaco.", "Marco Bellini")]
    [InlineData("«I lavori partiranno subito», ha detto l’assessore.", "Paolo Conti")]
    [InlineData("«I lavori partiranno subito», ha detto l'assessore.", "Paolo Conti")]
    public void Extract_RoleNounWithTwoPeopleNamed_ThePersonOfThatRole(string sentence, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it", "Il sindaco Marco Bellini e l’assessore Paolo Conti hanno visitato il molo lunedì.", sentence);

        Assert.Equal(speaker, analysis.SpeakerContaining("lavori partiranno"));
    }

    [Fact]
    public void Extract_RoleNounSharedByTwoPeople_NoSpeaker()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it", "L’assessore Paolo Conti e l’assessore Luca Neri hanno visitato il molo lunedì.",
            "«I lavori partiranno subito», ha detto l’assessore.");

        Assert.Null(analysis.SpeakerContaining("lavori partiranno"));
    }

    [Theory]
    [InlineData("«I lavori partiranno subito», riferiscono fonti vicine al sindaco.")]
    [InlineData("Secondo fonti vicine a Marco Bellini, «i lavori partiranno subito».")]
    [InlineData("Secondo quanto riferito, «i lavori partiranno subito».")]
    public void Extract_UnnamedSources_NoSpeaker(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("it", "Il comune ha stanziato due milioni di euro per il molo.", sentence);

        Assert.Null(analysis.SpeakerContaining("lavori partiranno"));
    }

    [Theory]
    [InlineData("«I lavori partiranno subito», ha detto il ministro del Mare, Luca Bianchi.", "Luca Bianchi")]
    [InlineData("«I lavori partiranno subito», ha detto l’assessora Giulia Ferri.", "Giulia Ferri")]
    [InlineData("L’assessora Giulia Ferri ha detto: «I lavori partiranno subito».", "Giulia Ferri")]
    [InlineData("«I lavori partiranno subito», così l’assessora Giulia Ferri.", "Giulia Ferri")]
    [InlineData("Secondo il presidente della Regione, Luca Bianchi, «i lavori partiranno subito».", "Luca Bianchi")]
    [InlineData("D’accordo con lui l’assessora Giulia Ferri: «I lavori partiranno subito».", "Giulia Ferri")]
    public void Extract_SpeakerNamedInTheSentence_ThatSpeaker(string sentence, string speaker)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("it", sentence);

        Assert.Equal(speaker, analysis.SpeakerContaining("lavori partiranno"));
    }

    [Fact]
    public void Extract_PresidentNamedBeforeThenPer_ThePresident()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it", "Il presidente della Regione, Luca Bianchi, ha incontrato i pescatori martedì.",
            "Per il presidente «i lavori partiranno subito».");

        Assert.Equal("Luca Bianchi", analysis.SpeakerContaining("lavori partiranno"));
    }

    [Fact]
    public void Extract_FormalLeiInAnInterviewQuestion_NotAnotherPerson()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it", "Il Corriere di Roccaverde ha intervistato il sindaco Marco Bellini.",
            "Sindaco, lei ha promesso il molo entro marzo. «I lavori partiranno subito», ha risposto Bellini.");

        Assert.Equal("Marco Bellini", analysis.SpeakerContaining("lavori partiranno"));
    }

    [Theory]
    [InlineData("«I lavori partiranno subito», ha fatto sapere il Comune di Roccaverde.")]
    [InlineData("Il Comune di Roccaverde ha fatto sapere che «i lavori partiranno subito».")]
    public void Extract_BodyAsSpeaker_NoPersonNamedBefore(string sentence)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("it", Mayor, sentence);

        Assert.NotEqual("Marco Bellini", analysis.SpeakerContaining("lavori partiranno"));
    }
}
