namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>A name after a short fronted prepositional phrase and its comma opens its clause: a later dropped subject is that person. Invented people.</summary>
public sealed class FrontedAdverbialTests
{
    [Fact]
    public void Extract_DroppedSubjectAfterANameBehindAFrontedPhrase_ThatName()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "—Aquí vive mucha gente mayor que no puede ir al centro —dijo Remedios Aranda, presidenta de la asociación vecinal—.",
            "A su lado, Ceferino Lasheras, jubilado de 81 años, asentía con la cabeza.",
            "—Yo vengo tres veces por semana a curarme la pierna —contaba—.");

        Assert.Equal("Ceferino Lasheras", analysis.SpeakerOf("Yo vengo tres veces"));
    }

    [Fact]
    public void Extract_NameInAppositionAfterANounMidSentence_StillNoSubject()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "Remedios Aranda habló ayer con los vecinos del barrio de San Roque.",
            "La asociación que preside con su hermano, Ceferino Lasheras, reúne a trescientas familias.",
            "“No vamos a parar hasta que abran el centro”, aseguró.");

        Assert.Equal("Remedios Aranda", analysis.SpeakerOf("No vamos a parar"));
    }
}
