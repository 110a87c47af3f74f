namespace NewsBot.Core.Tests.Quotes.Languages;

/// <summary>Lexicon entries of rom20: Italian `fanno sapere da X che`, Spanish person nouns (`el volante`) for the person followed. Invented people.</summary>
public sealed class RomanceSourceWordsTests
{
    [Fact]
    public void Extract_FannoSapereDaOffice_NamesTheOffice()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "it",
            "«Il governo non prende lezioni da nessuno», ha detto il premier, Sergio Lanfredi, a margine di un convegno.",
            "Fanno sapere da Palazzo Chigi che «l'incontro ci sarà, ma alle condizioni della legge quadro».");

        Assert.Equal("Palazzo Chigi", analysis.SpeakerOf("l'incontro ci sarà"));
    }

    [Fact]
    public void Extract_FootballPersonNounAfterNamedSubject_NamesThePlayer()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "es",
            "El entrenador, Gonzalo Berrutti, celebró el pase a la final. «Este grupo se merecía una noche así», dijo Berrutti.",
            "Del lado rival, el capitán Renzo Alvarado fue autocrítico. «Nos faltó cabeza en los últimos diez minutos», reconoció el volante.");

        Assert.Equal("Renzo Alvarado", analysis.SpeakerOf("Nos faltó cabeza"));
    }

    [Fact]
    public void Extract_SingularFonteWithoutArticle_NoOne()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "pt",
            "O presidente da associação, Albano Tavares Reis, lembrou que há empresas a sair da região. O autarca considerou ainda que «o Governo prometeu e não cumpriu».",
            "Fonte do Ministério das Finanças disse à ANS que «o impacto da isenção foi estimado em quarenta milhões de euros por ano».");

        Assert.Null(analysis.SpeakerOf("o impacto da isenção"));
    }

    [Fact]
    public void Extract_EluAfterAManAndAWoman_TheWomanWithAnElectedOffice()
    {
        var analysis = ContinentalAttributionKit.ExtractIn(
            "fr",
            "Le président de l'agglomération, Hervé Danjoux, assume. « On trie mieux qu'il y a dix ans », explique-t-il.",
            "La vice-présidente chargée de l'environnement, Solène Rabier, précise que des composteurs seront distribués. « Nous en avons commandé trois mille pour les immeubles du centre », assure l'élue.");

        Assert.Equal("Solène Rabier", analysis.SpeakerOf("Nous en avons commandé"));
    }
}
