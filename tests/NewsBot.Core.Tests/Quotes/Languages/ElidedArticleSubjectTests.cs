namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// `L'assessora ha replicato: «…»`: a sentence opening with an elided article and its noun (one word to the tokenizer) has
/// that description as its subject, as `La ministra ha replicato:` has, and such a subject is who a later dropped subject
/// (`L'assessora ha respinto i numeri. «…», ha replicato.`) continues; before, no description opened and the verb went on with
/// the man who spoke last. Invented people.
/// </summary>
public sealed class ElidedArticleSubjectTests
{
    private const string Council =
        "L'assessora al Bilancio, Chiara Fumagalli, ha difeso la manovra. «Non aumentiamo le tasse comunali», ha puntualizzato.";

    private const string Opposition =
        "Durissimo il capogruppo di Valdorno Futura, Davide Brambati. «Questo è un bilancio elettorale», ha attaccato.";

    [Theory]
    [InlineData("L'assessora ha replicato: «Sono cifre inventate».")]
    [InlineData("L'assessora replica: «Sono cifre inventate».")]
    [InlineData("L'assessora ha respinto i numeri. «Sono cifre inventate», ha replicato.")]
    public void Extract_ElidedRoleSubjectOrTheDroppedSubjectAfterIt_TheRolesHolder(string paragraph)
    {
        var analysis = ContinentalAttributionKit.ExtractIn("it", Council, Opposition, paragraph);

        Assert.Equal("Chiara Fumagalli", analysis.SpeakerOf("Sono cifre"));
    }

    [Fact]
    public void Extract_DroppedSubjectAfterAnElidedNounThatIsNoRole_TheSpeakerBefore()
    {
        var analysis = ContinentalAttributionKit.ExtractIn("it", Council, Opposition, "L'aula si è svuotata in fretta. «Ne riparleremo a marzo», ha aggiunto.");

        Assert.Equal("Davide Brambati", analysis.SpeakerOf("Ne riparleremo"));
    }
}
