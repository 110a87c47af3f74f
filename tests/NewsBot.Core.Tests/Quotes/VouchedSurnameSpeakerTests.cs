using static NewsBot.Core.Tests.Quotes.QuoteTestKit;

namespace NewsBot.Core.Tests.Quotes;

/// <summary>
/// A surname the lexicon doubts (a noun, a place, a role word) is a person's in every mention once the article gives it
/// with a given name, in each language; a place use in the same article or no given name at all leaves the doubt. Invented text.
/// </summary>
public sealed class VouchedSurnameSpeakerTests
{
    [Theory]
    [InlineData(
        "Industry analyst Ken Doctor watched the vote in Harwick on Tuesday.",
        "\"Small towns rarely manage to build a bridge like this one,\" says Doctor.",
        "Small towns", "Ken Doctor")]
    [InlineData(
        "Im Streit um das Freibad in Lindental hat sich Petra Hainbuch zu Wort gemeldet. Sie leitet den Förderverein.",
        "„Das Bad bleibt auch im nächsten Sommer offen“, sagte Hainbuch am Dienstag.",
        "Das Bad bleibt", "Petra Hainbuch")]
    [InlineData(
        "La directora del puerto de Valdecruz, Carmen Pradera, presentó este martes el proyecto de ampliación del muelle norte.",
        "\"Las obras del muelle empezarán en otoño\", dijo Pradera ante los periodistas.",
        "Las obras", "Carmen Pradera")]
    [InlineData(
        "Le maire de Vernac, Julien Boulanger, a inauguré samedi le marché couvert de la ville.",
        "« Nous avons attendu ce jour pendant dix ans », a déclaré Boulanger devant les habitants.",
        "Nous avons attendu", "Julien Boulanger")]
    [InlineData(
        "Il sindaco di Valmora, Marta Cavallo, ha presentato lunedì il progetto del nuovo ponte sul fiume.",
        "«I lavori del ponte partiranno in primavera», ha detto Cavallo ai giornalisti.",
        "I lavori", "Marta Cavallo")]
    [InlineData(
        "O presidente da câmara de Vilarinho, Rui Leitão, apresentou na segunda-feira o projeto da nova ponte.",
        "\"As obras da ponte começam na primavera\", disse Leitão aos jornalistas.",
        "As obras", "Rui Leitão")]
    public void Extract_SurnameGivenWithGivenName_TheFullNameSpeaks(string introduction, string quote, string opening, string speaker)
    {
        var analysis = Extract(Article(introduction, quote, "The rest of the story follows here."));

        Assert.Equal(speaker, analysis.QuoteStarting(opening).Speaker);
    }

    [Fact]
    public void Extract_GermanPronounAfterVouchedSurname_FindsItsAntecedent()
    {
        var analysis = Extract(Article(
            "Im Streit um das Freibad in Lindental hat sich Petra Hainbuch zu Wort gemeldet. Sie leitet den Förderverein.",
            "„Das Bad bleibt auch im nächsten Sommer offen“, sagte Hainbuch am Dienstag.",
            "„Es gibt genug Geld für die Sanierung“, sagte sie."));

        Assert.Equal("Petra Hainbuch", analysis.QuoteStarting("Es gibt genug Geld").Speaker);
    }

    [Fact]
    public void Extract_EnglishPronounAfterAVouchedSurnameTheLexiconTakesForAPlace_FindsItsAntecedent()
    {
        var analysis = Extract(Article(
            "Mr Hale has run the river ferry at Brampton for twenty years. On Tuesday the service started again after the flood.",
            "\"The river is calm again and the boat is ready,\" he said."));

        Assert.Equal("Hale", analysis.QuoteStarting("The river is calm").Speaker);
    }

    [Fact]
    public void Extract_EnglishPronounAfterASurnameAlsoWrittenAsThePlace_NoSpeaker()
    {
        var analysis = Extract(Article(
            "Mr Hale has run the river ferry in Hale for twenty years. On Tuesday the service started again after the flood.",
            "\"The river is calm again and the boat is ready,\" he said."));

        Assert.Null(analysis.QuoteStarting("The river is calm").Speaker);
    }

    [Fact]
    public void Extract_WordAlsoWrittenAsThePlace_NoSpeaker()
    {
        var analysis = Extract(Article(
            "Industry analyst Ken Doctor watched the vote in Harwick on Tuesday.",
            "\"Small towns rarely manage to build a bridge like this one,\" says Doctor.",
            "The clinic hired a new nurse and the Doctor on call moved to Brampton."));

        Assert.Null(analysis.QuoteStarting("Small towns").Speaker);
    }

    [Fact]
    public void Extract_SurnameNeverGivenWithAGivenName_NoSpeaker()
    {
        var analysis = Extract(Article(
            "Im Streit um das Freibad in Lindental hat sich der Förderverein zu Wort gemeldet.",
            "„Das Bad bleibt auch im nächsten Sommer offen“, sagte Hainbuch am Dienstag."));

        Assert.Null(analysis.QuoteStarting("Das Bad bleibt").Speaker);
    }
}
