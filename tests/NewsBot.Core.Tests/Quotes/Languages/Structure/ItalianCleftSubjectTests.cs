namespace NewsBot.Core.Tests.Quotes.Languages.Structure;

/// <summary>Italian `A parlare è stato X`: the name after the cleft is its sentence's subject, so a later dropped subject continues with it. Invented people.</summary>
public sealed class ItalianCleftSubjectTests
{
    [Theory]
    [InlineData("A parlare è stato poi l’assessore Paolo Conti. «I lavori partiranno in primavera», ha detto.")]
    [InlineData("A illustrare i dettagli è stato l’assessore ai Lavori pubblici Paolo Conti. «I lavori partiranno in primavera», ha spiegato.")]
    [InlineData("A riferire i dati, durante l’assemblea di ieri, è stato il vicesindaco Paolo Conti. «I lavori partiranno in primavera», ha aggiunto.")]
    [InlineData("A chiudere il dibattito è stato il sindaco, Paolo Conti. «I lavori partiranno in primavera», ha detto.")]
    public void Extract_DroppedSubjectAfterACleft_TheCleftsSubject(string paragraph)
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it", "Giulia Ferri, presidente del comitato di quartiere, ha aperto l’incontro sul nuovo ponte.", paragraph);

        Assert.Equal("Paolo Conti", analysis.SpeakerContaining("lavori partiranno"));
    }
}
