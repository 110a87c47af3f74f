namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>
/// `Na avaliação da economista X, …`, `Segundo o delegado X, …`: the holder of the view a sentence opens with is who a
/// following subjectless `“…”, destacou.` continues, not the speaker before; `Para X, …` does not change who speaks next, and
/// an adjective that is also a role word (`o impacto fiscal`) describes no one. Invented people.
/// </summary>
public sealed class ViewpointHolderTests
{
    [Fact]
    public void Extract_DroppedSubjectAfterNaAvaliacaoDe_IsTheViewsHolder()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt",
            "O relator, deputado Jonas Ribeiro Lemos, mudou o texto. \"Nenhum comerciante vai pagar essa conta sozinho\", disse.",
            "Na avaliação da economista Cecília Prates Valadares, o impacto fiscal é pequeno. \"Falamos de menos de 1% da receita\", destacou.");

        Assert.Equal("Cecília Prates Valadares", analysis.SpeakerOf("Falamos de menos"));
    }

    [Fact]
    public void Extract_DroppedSubjectAfterNaAvaliacaoDoWithALongDescription_IsTheViewsHolder()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt",
            "A moradora Vera Lúcia Antunes perdeu a casa. \"A água subiu em meia hora\", contou.",
            "Na avaliação do especialista em defesa civil Caio Nunes Barreto, a cidade não estava preparada. \"Faltou um plano de evacuação\", frisou.");

        Assert.Equal("Caio Nunes Barreto", analysis.SpeakerOf("Faltou um plano"));
    }

    [Fact]
    public void Extract_DroppedSubjectAfterParaX_StaysWithTheSpeakerBefore()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt",
            "\"O grupo cresceu muito este ano\", disse o capitão Ígor Tavares Lins.",
            "Para Ígor Tavares Lins, o treinador Raul Pestana é o melhor do país. \"Ele mudou a nossa forma de jogar\", disse o capitão.");

        Assert.Equal("Ígor Tavares Lins", analysis.SpeakerOf("Ele mudou a nossa"));
    }

    [Fact]
    public void Extract_DroppedSubjectAfterSegunWithTheHolderInApposition_IsTheViewsHolder()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "El alcalde de Robledal, Ernesto Vidal Paz, agradeció la visita. «Las ayudas alivian, pero no resuelven nada», advirtió el alcalde.",
            "Según el presidente de la comunidad de regantes, Julián Larrea Ortiz, las pérdidas superan los 90 millones. «Hay familias que han vendido la maquinaria», lamentó.");

        Assert.Equal("Julián Larrea Ortiz", analysis.SpeakerOf("Hay familias"));
    }

    [Fact]
    public void Extract_DroppedSubjectAfterDeAcuerdoConWithTheHolderInApposition_IsTheViewsHolder()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "El alcalde de Robledal, Ernesto Vidal Paz, agradeció la visita. «Las ayudas alivian, pero no resuelven nada», advirtió el alcalde.",
            "De acuerdo con la presidenta de la cooperativa, Leire Ugalde Sanz, las pérdidas superan los 90 millones. «Hay familias que lo han perdido todo», lamentó.");

        Assert.Equal("Leire Ugalde Sanz", analysis.SpeakerOf("Hay familias"));
    }

    [Fact]
    public void Extract_DroppedSubjectAfterADettaDelWithTheHolderInApposition_IsTheViewsHolder()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "Il sindaco di Valdorno, Marco Ferretti, ha chiesto un incontro. «I commercianti vivono di promesse», ha detto il sindaco.",
            "A detta del presidente dei costruttori, Aldo Zanetti, il cantiere è fermo da mesi. «Mancano ancora le fondazioni», ha aggiunto.");

        Assert.Equal("Aldo Zanetti", analysis.SpeakerOf("Mancano ancora"));
    }

    [Fact]
    public void Extract_DroppedSubjectAfterSegunADocument_StaysWithTheSpeakerBefore()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "El alcalde de Robledal, Ernesto Vidal Paz, agradeció la visita. «Las ayudas alivian, pero no resuelven nada», advirtió el alcalde.",
            "Según el informe de la consejería, las pérdidas superan los 90 millones. «Hay familias que han vendido la maquinaria», lamentó.");

        Assert.Equal("Ernesto Vidal Paz", analysis.SpeakerOf("Hay familias"));
    }
}
